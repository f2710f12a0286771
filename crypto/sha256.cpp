#include "sha256.h"

#include "sodium_runtime.h"

namespace baosong::crypto {

Sha256::Sha256() {
    requireSodium();
    crypto_hash_sha256_init(&state_);
}

Sha256& Sha256::update(std::span<const std::uint8_t> bytes) {
    crypto_hash_sha256_update(&state_, bytes.data(), bytes.size());
    return *this;
}

Sha256& Sha256::update(std::string_view text) {
    return update(std::span(reinterpret_cast<const std::uint8_t*>(text.data()), text.size()));
}

Sha256Digest Sha256::finish() {
    Sha256Digest digest{};
    crypto_hash_sha256_final(&state_, digest.data());
    return digest;
}

Sha256Digest Sha256::of(std::span<const std::uint8_t> bytes) {
    return Sha256().update(bytes).finish();
}

Sha256Digest Sha256::of(std::string_view text) {
    return Sha256().update(text).finish();
}

std::string toHex(std::span<const std::uint8_t> bytes) {
    std::string hex(bytes.size() * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), bytes.data(), bytes.size());
    hex.pop_back();
    return hex;
}

}  // namespace baosong::crypto
