#include "hmac_sm3.h"

#include <openssl/core_names.h>
#include <openssl/params.h>

#include "crypto_error.h"
#include "openssl_handles.h"

namespace baosong::crypto {

namespace {
[[noreturn]] void fail() {
    throw CryptoError("mac_failed", "无法计算 HMAC-SM3（OpenSSL），OpenSSL 安装可能不完整");
}
}  // namespace

struct HmacSm3::State {
    openssl::MacContext context;
};

HmacSm3::HmacSm3(std::span<const std::uint8_t> key) : state_(std::make_unique<State>()) {
    const openssl::Mac mac(EVP_MAC_fetch(nullptr, "HMAC", nullptr));
    if (!mac) {
        fail();
    }
    state_->context.reset(EVP_MAC_CTX_new(mac.get()));
    char digest[] = "SM3";
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_end(),
    };
    if (!state_->context ||
        EVP_MAC_init(state_->context.get(), key.data(), key.size(), params) != 1) {
        fail();
    }
}

HmacSm3::~HmacSm3() = default;
HmacSm3::HmacSm3(HmacSm3&&) noexcept = default;
HmacSm3& HmacSm3::operator=(HmacSm3&&) noexcept = default;

HmacSm3& HmacSm3::update(std::span<const std::uint8_t> bytes) {
    if (EVP_MAC_update(state_->context.get(), bytes.data(), bytes.size()) != 1) {
        fail();
    }
    return *this;
}

Sm3Digest HmacSm3::finish() {
    Sm3Digest mac{};
    std::size_t length = 0;
    if (EVP_MAC_final(state_->context.get(), mac.data(), &length, mac.size()) != 1 ||
        length != mac.size()) {
        fail();
    }
    return mac;
}

}  // namespace baosong::crypto
