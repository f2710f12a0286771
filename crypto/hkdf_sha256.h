#pragma once
// HKDF-SHA-256 (RFC 5869: extract with salt, then expand with info) over OpenSSL 3's
// EVP_KDF "HKDF": Debian bookworm's libsodium 1.0.18 has no HKDF.

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "secret_buffer.h"

namespace baosong::crypto {

// An empty salt means HashLen zero bytes (RFC 5869 §2.2), which HMAC treats alike.
// Throws CryptoError("kdf_failed") if OpenSSL cannot derive (no HKDF provider).
SecretBuffer hkdfSha256(std::span<const std::uint8_t> ikm, std::span<const std::uint8_t> salt,
                        std::string_view info, std::size_t length);

}  // namespace baosong::crypto
