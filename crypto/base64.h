#pragma once
// Standard base64 (RFC 4648 §4), over libsodium: with padding as minisign writes it, and
// without padding as the age header writes it.

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace baosong::crypto {

std::string base64Encode(std::span<const std::uint8_t> bytes);
// Strict: no white space, no missing padding. Throws CryptoError("base64_invalid").
std::vector<std::uint8_t> base64Decode(std::string_view text);

// Unpadded ("raw") base64. Decoding is strict: no '=', no white space, and canonical (the
// unused low bits of the last character are zero), as age requires of its header (C2SP
// age, "Conventions used in this document"). Throws CryptoError("base64_invalid").
std::string base64EncodeUnpadded(std::span<const std::uint8_t> bytes);
std::vector<std::uint8_t> base64DecodeUnpadded(std::string_view text);

}  // namespace baosong::crypto
