#pragma once
// SM2 signatures with SM3 (GB/T 32918.2, GB/T 35276): the unit's statement and tag
// manifest, the reviewer's sign-off and the office's grants in profile "gm". The ID
// 1234567812345678 is always passed explicitly; the signature is DER SEQUENCE{r, s}, what
// `openssl pkeyutl -sign -rawin -digest sm3 -pkeyopt distid:1234567812345678` writes.

#include <cstdint>
#include <span>
#include <vector>

#include "sm2_key.h"

namespace baosong::crypto {

std::vector<std::uint8_t> sm2Sign(const Sm2SecretKey& key, std::span<const std::uint8_t> message);

// Throws CryptoError("signature_invalid") when the signature is not a DER SM2 signature
// of message by key (with the standard ID), "signature_malformed" when it is not DER at
// all (over 72 bytes, trailing bytes).
void sm2Verify(const Sm2PublicKey& key, std::span<const std::uint8_t> message,
               std::span<const std::uint8_t> signature);

}  // namespace baosong::crypto
