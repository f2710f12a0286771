#pragma once
// Standard base64 with padding (RFC 4648 §4), as minisign writes it, over libsodium.

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace baosong::crypto {

std::string base64Encode(std::span<const std::uint8_t> bytes);
// Strict: no white space, no missing padding. Throws CryptoError("base64_invalid").
std::vector<std::uint8_t> base64Decode(std::string_view text);

}  // namespace baosong::crypto
