#include "sealed_secret.h"

#include <sodium.h>

#include <cstring>

#include "crypto_error.h"
#include "little_endian.h"
#include "sodium_runtime.h"

namespace baosong::crypto {

namespace {
constexpr std::uint8_t kMagic[4] = {'B', 'S', 'S', 0x01};
constexpr std::size_t kHeaderBytes = 4 + 4 + 8 + kArgon2idSaltBytes;
constexpr std::size_t kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kTagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
static_assert(kHeaderBytes == 32);

CryptoError malformed() {
    return CryptoError("sealed_secret_malformed", "密封的密钥数据格式不正确，可能已损坏");
}

std::vector<std::uint8_t> associatedData(std::span<const std::uint8_t> header,
                                         std::string_view context) {
    std::vector<std::uint8_t> ad(header.size() + context.size());
    std::memcpy(ad.data(), header.data(), header.size());
    if (!context.empty()) {
        std::memcpy(ad.data() + header.size(), context.data(), context.size());
    }
    return ad;
}

Argon2idParams parseHeader(std::span<const std::uint8_t> sealed, Argon2idSalt& salt) {
    if (sealed.size() < kHeaderBytes + kNonceBytes + kTagBytes ||
        std::memcmp(sealed.data(), kMagic, sizeof kMagic) != 0) {
        throw malformed();
    }
    Argon2idParams params;
    params.passes = loadLittleEndian<std::uint32_t>(sealed.subspan(4, 4));
    params.memoryBytes = loadLittleEndian<std::uint64_t>(sealed.subspan(8, 8));
    std::memcpy(salt.data(), sealed.data() + 16, salt.size());
    params.validate();
    return params;
}
}  // namespace

std::vector<std::uint8_t> SealedSecret::seal(const SecretBuffer& plaintext,
                                             const SecretBuffer& passphrase,
                                             const Argon2idParams& params,
                                             std::string_view context) {
    requireSodium();
    params.validate();
    const Argon2idSalt salt = randomArgon2idSalt();
    std::vector<std::uint8_t> out(kHeaderBytes + kNonceBytes + plaintext.size() + kTagBytes);
    std::memcpy(out.data(), kMagic, sizeof kMagic);
    storeLittleEndian(static_cast<std::uint32_t>(params.passes), std::span(out).subspan(4, 4));
    storeLittleEndian(params.memoryBytes, std::span(out).subspan(8, 8));
    std::memcpy(out.data() + 16, salt.data(), salt.size());
    std::uint8_t* nonce = out.data() + kHeaderBytes;
    randombytes_buf(nonce, kNonceBytes);

    const SecretBuffer key = deriveArgon2id(passphrase, salt, params, 32);
    const auto ad = associatedData(std::span(out).first(kHeaderBytes), context);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(out.data() + kHeaderBytes + kNonceBytes, &written,
                                               plaintext.data(), plaintext.size(), ad.data(),
                                               ad.size(), nullptr, nonce, key.data());
    return out;
}

SecretBuffer SealedSecret::open(std::span<const std::uint8_t> sealed,
                                const SecretBuffer& passphrase, std::string_view context) {
    requireSodium();
    Argon2idSalt salt{};
    const Argon2idParams params = parseHeader(sealed, salt);
    const SecretBuffer key = deriveArgon2id(passphrase, salt, params, 32);
    const auto ad = associatedData(sealed.first(kHeaderBytes), context);
    const auto body = sealed.subspan(kHeaderBytes + kNonceBytes);
    SecretBuffer plain(body.size() - kTagBytes);
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(plain.data(), &written, nullptr, body.data(),
                                                   body.size(), ad.data(), ad.size(),
                                                   sealed.data() + kHeaderBytes, key.data()) != 0) {
        throw CryptoError("wrong_passphrase", "口令不正确");
    }
    return plain;
}

Argon2idParams SealedSecret::paramsOf(std::span<const std::uint8_t> sealed) {
    Argon2idSalt salt{};
    return parseHeader(sealed, salt);
}

}  // namespace baosong::crypto
