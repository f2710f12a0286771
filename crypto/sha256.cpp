#include "sha256.h"

#include <sodium.h>

#include "sodium_runtime.h"

namespace baosong::crypto {

Sha256::Sha256() = default;

Sha256& Sha256::update(std::span<const std::uint8_t> bytes) {
    digest_.update(bytes);
    return *this;
}

Sha256& Sha256::update(std::string_view text) {
    return update(bytesOfText(text));
}

Sha256Digest Sha256::finish() {
    return digest_.finish();
}

Sha256Digest Sha256::of(std::span<const std::uint8_t> bytes) {
    return Sha256().update(bytes).finish();
}

Sha256Digest Sha256::of(std::string_view text) {
    return Sha256().update(text).finish();
}

std::string toHex(std::span<const std::uint8_t> bytes) {
    requireSodium();
    std::string hex(bytes.size() * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), bytes.data(), bytes.size());
    hex.pop_back();
    return hex;
}

}  // namespace baosong::crypto
