#include "evp_digest.h"

#include <openssl/evp.h>

#include <new>
#include <string>

#include "crypto_error.h"

namespace baosong::crypto {

namespace {
[[noreturn]] void fail(const char* name) {
    throw CryptoError("digest_failed", std::string("无法计算 ") + name + "（OpenSSL）");
}
}  // namespace

void EvpDigest32::ContextFree::operator()(evp_md_ctx_st* context) const noexcept {
    EVP_MD_CTX_free(context);
}

EvpDigest32::EvpDigest32(const char* name) : context_(EVP_MD_CTX_new()), name_(name) {
    if (!context_) {
        throw std::bad_alloc();
    }
    // EVP_get_digestbyname gives the built-in method without a provider fetch per object:
    // a manifest hashes thousands of small files.
    const EVP_MD* md = EVP_get_digestbyname(name);
    if (md == nullptr || EVP_MD_get_size(md) != 32 ||
        EVP_DigestInit_ex(context_.get(), md, nullptr) != 1) {
        fail(name_);
    }
}

void EvpDigest32::update(std::span<const std::uint8_t> bytes) {
    if (EVP_DigestUpdate(context_.get(), bytes.data(), bytes.size()) != 1) {
        fail(name_);
    }
}

Digest32 EvpDigest32::finish() {
    Digest32 digest{};
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(context_.get(), digest.data(), &length) != 1 ||
        length != digest.size()) {
        fail(name_);
    }
    return digest;
}

}  // namespace baosong::crypto
