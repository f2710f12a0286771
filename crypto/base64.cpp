#include "base64.h"

#include <sodium.h>

#include "crypto_error.h"
#include "sodium_runtime.h"

namespace baosong::crypto {

std::string base64Encode(std::span<const std::uint8_t> bytes) {
    requireSodium();
    const std::size_t size =
        sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_ORIGINAL);
    std::string out(size, '\0');
    sodium_bin2base64(out.data(), out.size(), bytes.data(), bytes.size(),
                      sodium_base64_VARIANT_ORIGINAL);
    out.pop_back();  // terminating NUL
    return out;
}

std::vector<std::uint8_t> base64Decode(std::string_view text) {
    requireSodium();
    std::vector<std::uint8_t> out(text.size() / 4 * 3 + 3);
    std::size_t written = 0;
    const char* end = nullptr;
    if (sodium_base642bin(out.data(), out.size(), text.data(), text.size(), nullptr, &written, &end,
                          sodium_base64_VARIANT_ORIGINAL) != 0 ||
        end != text.data() + text.size()) {
        throw CryptoError("base64_invalid", "Base64 编码不正确");
    }
    out.resize(written);
    return out;
}

}  // namespace baosong::crypto
