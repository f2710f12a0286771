#pragma once
// SM2 public-key encryption (GB/T 32918.4) of the bundle's file key to the office in
// profile "gm": DER SM2Cipher SEQUENCE{x, y, C3 (SM3 hash), C2} (GB/T 35276 §7.2, the
// C1C3C2 order), exactly what `openssl pkeyutl -encrypt` writes and `-decrypt` reads.

#include <cstdint>
#include <span>
#include <vector>

#include "secret_buffer.h"
#include "sm2_key.h"

namespace baosong::crypto {

std::vector<std::uint8_t> sm2Encrypt(const Sm2PublicKey& key,
                                     std::span<const std::uint8_t> plaintext);

// Throws CryptoError("sm2_decrypt_failed") when ciphertext was not made for key or was
// altered (C3 does not match), or is not DER SM2Cipher.
SecretBuffer sm2Decrypt(const Sm2SecretKey& key, std::span<const std::uint8_t> ciphertext);

}  // namespace baosong::crypto
