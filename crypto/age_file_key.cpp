#include "age_file_key.h"

#include <sodium.h>

#include <array>
#include <stdexcept>

#include "sodium_runtime.h"

namespace baosong::crypto::age {

namespace {
constexpr std::array<std::uint8_t, crypto_aead_chacha20poly1305_ietf_NPUBBYTES> kZeroNonce{};
}

SecretBuffer generateFileKey() {
    requireSodium();
    SecretBuffer key(kFileKeyBytes);
    randombytes_buf(key.data(), key.size());
    return key;
}

std::vector<std::uint8_t> wrapFileKey(const SecretBuffer& wrapKey, const SecretBuffer& fileKey) {
    if (wrapKey.size() != crypto_aead_chacha20poly1305_ietf_KEYBYTES ||
        fileKey.size() != kFileKeyBytes) {
        throw std::logic_error("age: wrong key size");
    }
    std::vector<std::uint8_t> body(kWrappedFileKeyBytes);
    unsigned long long written = 0;
    crypto_aead_chacha20poly1305_ietf_encrypt(body.data(), &written, fileKey.data(), fileKey.size(),
                                              nullptr, 0, nullptr, kZeroNonce.data(),
                                              wrapKey.data());
    return body;
}

std::optional<SecretBuffer> unwrapFileKey(const SecretBuffer& wrapKey,
                                          std::span<const std::uint8_t> body) {
    if (wrapKey.size() != crypto_aead_chacha20poly1305_ietf_KEYBYTES ||
        body.size() != kWrappedFileKeyBytes) {
        throw std::logic_error("age: wrong key or body size");
    }
    SecretBuffer fileKey(kFileKeyBytes);
    unsigned long long written = 0;
    if (crypto_aead_chacha20poly1305_ietf_decrypt(fileKey.data(), &written, nullptr, body.data(),
                                                  body.size(), nullptr, 0, kZeroNonce.data(),
                                                  wrapKey.data()) != 0) {
        return std::nullopt;
    }
    return fileKey;
}

}  // namespace baosong::crypto::age
