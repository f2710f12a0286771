#include "sha256.h"

#include <openssl/evp.h>
#include <sodium.h>

#include <new>

#include "crypto_error.h"
#include "sodium_runtime.h"

namespace baosong::crypto {

namespace {
[[noreturn]] void fail() {
    throw CryptoError("digest_failed", "无法计算 SHA-256（OpenSSL）");
}
}  // namespace

void Sha256::ContextFree::operator()(evp_md_ctx_st* context) const noexcept {
    EVP_MD_CTX_free(context);
}

Sha256::Sha256() : context_(EVP_MD_CTX_new()) {
    if (!context_) {
        throw std::bad_alloc();
    }
    if (EVP_DigestInit_ex(context_.get(), EVP_sha256(), nullptr) != 1) {
        fail();
    }
}

Sha256& Sha256::update(std::span<const std::uint8_t> bytes) {
    if (EVP_DigestUpdate(context_.get(), bytes.data(), bytes.size()) != 1) {
        fail();
    }
    return *this;
}

Sha256& Sha256::update(std::string_view text) {
    return update(std::span(reinterpret_cast<const std::uint8_t*>(text.data()), text.size()));
}

Sha256Digest Sha256::finish() {
    Sha256Digest digest{};
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(context_.get(), digest.data(), &length) != 1 ||
        length != digest.size()) {
        fail();
    }
    return digest;
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
