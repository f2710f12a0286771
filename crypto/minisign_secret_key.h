#pragma once
// minisign secret keys (https://jedisct1.github.io/minisign/, "Secret key format"):
//   base64("Ed" || kdf_alg[2] || "B2" || kdf_salt[32] || kdf_opslimit u64le ||
//          kdf_memlimit u64le || keynum_sk[104])
//   keynum_sk = key_id[8] || ed25519_secret_key[64] || BLAKE2b-256("Ed" || key_id || sk)
// With kdf_alg "Sc" the 104 bytes are XORed with scrypt(passphrase, salt, ops, mem);
// with kdf_alg 0x0000 (minisign -W) they are stored in clear.

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "minisign_public_key.h"
#include "minisign_signature.h"
#include "secret_buffer.h"

namespace baosong::crypto {

// scrypt cost of an exported key file. minisign -G uses "sensitive" (1 GiB); that is our
// default too, so an exported key is as hard to brute-force as one minisign made.
struct MinisignScryptParams {
    std::uint64_t opslimit = 33554432;    // crypto_pwhash_scryptsalsa208sha256_OPSLIMIT_SENSITIVE
    std::uint64_t memlimit = 1073741824;  // crypto_pwhash_scryptsalsa208sha256_MEMLIMIT_SENSITIVE
    static MinisignScryptParams interactive() { return {524288, 16777216}; }
};

class MinisignSecretKey {
  public:
    static MinisignSecretKey generate();
    // From the vault's storage: 8-byte key id followed by the 64-byte Ed25519 secret key.
    static MinisignSecretKey fromStorage(std::span<const std::uint8_t> stored);
    // From a minisign .key file. passphrase may be null for an unencrypted (-W) key.
    // Throws CryptoError "secret_key_malformed", "wrong_passphrase", "passphrase_required".
    static MinisignSecretKey fromFile(std::string_view text, const SecretBuffer* passphrase);

    SecretBuffer toStorage() const;
    // minisign's passphrase-protected file, readable by `minisign -S -s FILE`.
    std::string encryptedFileText(const SecretBuffer& passphrase,
                                  const MinisignScryptParams& params = {}) const;

    const MinisignKeyId& keyId() const noexcept { return keyId_; }
    MinisignPublicKey publicKey() const;

    MinisignSignature sign(std::span<const std::uint8_t> message, std::string_view trustedComment,
                           std::string_view untrustedComment = kDefaultUntrustedComment) const;
    MinisignSignature signPrehashed(
        const Blake2b512Digest& prehash, std::string_view trustedComment,
        std::string_view untrustedComment = kDefaultUntrustedComment) const;

    static constexpr std::string_view kDefaultUntrustedComment =
        "signature from baosong secret key";

  private:
    MinisignSecretKey(const MinisignKeyId& keyId, SecretBuffer secret)
        : keyId_(keyId), secret_(std::move(secret)) {}
    MinisignKeyId keyId_;
    SecretBuffer secret_;  // 64 bytes: Ed25519 seed || public key, as libsodium lays it out
};

}  // namespace baosong::crypto
