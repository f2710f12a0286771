#include "base64.h"

#include <sodium.h>

#include "crypto_error.h"
#include "sodium_runtime.h"

namespace baosong::crypto {

namespace {
std::string encode(std::span<const std::uint8_t> bytes, int variant) {
    requireSodium();
    std::string out(sodium_base64_ENCODED_LEN(bytes.size(), static_cast<unsigned>(variant)), '\0');
    sodium_bin2base64(out.data(), out.size(), bytes.data(), bytes.size(), variant);
    out.pop_back();  // terminating NUL
    return out;
}

// libsodium rejects non-zero unused bits and, for the padded variant, missing padding; it
// stops at the first character it cannot take, so "all input consumed" rules out the rest
// (white space, '=' in the unpadded variant).
std::vector<std::uint8_t> decode(std::string_view text, int variant) {
    requireSodium();
    std::vector<std::uint8_t> out(text.size() / 4 * 3 + 3);
    std::size_t written = 0;
    const char* end = nullptr;
    if (sodium_base642bin(out.data(), out.size(), text.data(), text.size(), nullptr, &written, &end,
                          variant) != 0 ||
        end != text.data() + text.size()) {
        throw CryptoError("base64_invalid", "Base64 编码不正确");
    }
    out.resize(written);
    return out;
}
}  // namespace

std::string base64Encode(std::span<const std::uint8_t> bytes) {
    return encode(bytes, sodium_base64_VARIANT_ORIGINAL);
}

std::vector<std::uint8_t> base64Decode(std::string_view text) {
    return decode(text, sodium_base64_VARIANT_ORIGINAL);
}

std::string base64EncodeUnpadded(std::span<const std::uint8_t> bytes) {
    return encode(bytes, sodium_base64_VARIANT_ORIGINAL_NO_PADDING);
}

std::vector<std::uint8_t> base64DecodeUnpadded(std::string_view text) {
    return decode(text, sodium_base64_VARIANT_ORIGINAL_NO_PADDING);
}

}  // namespace baosong::crypto
