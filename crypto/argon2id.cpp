#include "argon2id.h"

#include <sodium.h>

#include "crypto_error.h"
#include "sodium_runtime.h"

namespace baosong::crypto {

namespace {
// 4 GiB: above this a unit PC would swap or fail; raising the default later stays far below.
constexpr std::uint64_t kMaxMemoryBytes = std::uint64_t{4} << 30;
constexpr std::uint64_t kMaxPasses = 64;
}  // namespace

void Argon2idParams::validate() const {
    if (passes < crypto_pwhash_argon2id_OPSLIMIT_MIN || passes > kMaxPasses ||
        memoryBytes < crypto_pwhash_argon2id_MEMLIMIT_MIN || memoryBytes > kMaxMemoryBytes) {
        throw CryptoError("kdf_params_invalid",
                          "密钥派生参数（Argon2id）超出允许范围，文件可能已损坏");
    }
}

Argon2idSalt randomArgon2idSalt() {
    requireSodium();
    Argon2idSalt salt{};
    randombytes_buf(salt.data(), salt.size());
    return salt;
}

SecretBuffer deriveArgon2id(const SecretBuffer& passphrase, const Argon2idSalt& salt,
                            const Argon2idParams& params, std::size_t outputBytes) {
    requireSodium();
    params.validate();
    if (passphrase.empty()) {
        throw CryptoError("passphrase_empty", "口令不能为空");
    }
    static_assert(kArgon2idSaltBytes == crypto_pwhash_SALTBYTES);
    SecretBuffer key(outputBytes);
    if (crypto_pwhash(key.data(), key.size(), reinterpret_cast<const char*>(passphrase.data()),
                      passphrase.size(), salt.data(), params.passes,
                      static_cast<std::size_t>(params.memoryBytes),
                      crypto_pwhash_ALG_ARGON2ID13) != 0) {
        throw CryptoError("kdf_out_of_memory", "内存不足，无法完成口令密钥派生（Argon2id）");
    }
    return key;
}

}  // namespace baosong::crypto
