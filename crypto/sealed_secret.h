#pragma once
// A secret sealed under a passphrase of its own (the security reviewer's key is sealed so
// that the vault passphrase alone cannot sign a review).
//
// Layout (all integers little-endian):
//   "BSS" 0x01 | passes u32 | memoryBytes u64 | salt[16] | nonce[24] | ciphertext+tag[n+16]
// Key = Argon2id(passphrase, salt, passes, memoryBytes) → 32 bytes; cipher =
// XChaCha20-Poly1305 (IETF) with associated data = the 32-byte header + caller's context.

#include <cstdint>
#include <string_view>
#include <vector>

#include "argon2id.h"
#include "secret_buffer.h"

namespace baosong::crypto {

class SealedSecret {
  public:
    // Seals plaintext. context binds the blob to its purpose (e.g. "reviewer-key"), so a
    // blob copied into another role fails to open.
    static std::vector<std::uint8_t> seal(const SecretBuffer& plaintext,
                                          const SecretBuffer& passphrase,
                                          const Argon2idParams& params, std::string_view context);

    // Throws CryptoError "wrong_passphrase" when the passphrase (or context) does not match,
    // "sealed_secret_malformed" when the blob is not one of ours.
    static SecretBuffer open(std::span<const std::uint8_t> sealed, const SecretBuffer& passphrase,
                             std::string_view context);

    // The parameters a blob was sealed with (for showing or deciding to re-seal).
    static Argon2idParams paramsOf(std::span<const std::uint8_t> sealed);
};

}  // namespace baosong::crypto
