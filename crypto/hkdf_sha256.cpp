#include "hkdf_sha256.h"

#include <openssl/core_names.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <memory>
#include <vector>

#include "crypto_error.h"

namespace baosong::crypto {

namespace {
struct KdfFree {
    void operator()(EVP_KDF* kdf) const noexcept { EVP_KDF_free(kdf); }
};
struct KdfContextFree {
    void operator()(EVP_KDF_CTX* context) const noexcept { EVP_KDF_CTX_free(context); }
};

CryptoError failed() {
    return CryptoError("kdf_failed", "密钥派生（HKDF）失败，OpenSSL 安装可能不完整");
}

// OSSL_PARAM takes non-const pointers but only reads from them.
void* input(std::span<const std::uint8_t> bytes) {
    return const_cast<std::uint8_t*>(bytes.data());
}
}  // namespace

SecretBuffer hkdfSha256(std::span<const std::uint8_t> ikm, std::span<const std::uint8_t> salt,
                        std::string_view info, std::size_t length) {
    const std::unique_ptr<EVP_KDF, KdfFree> kdf(EVP_KDF_fetch(nullptr, "HKDF", nullptr));
    if (!kdf) {
        throw failed();
    }
    const std::unique_ptr<EVP_KDF_CTX, KdfContextFree> context(EVP_KDF_CTX_new(kdf.get()));
    if (!context) {
        throw failed();
    }
    char digest[] = "SHA256";
    std::vector<OSSL_PARAM> params;
    params.push_back(OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0));
    params.push_back(OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, input(ikm), ikm.size()));
    if (!salt.empty()) {
        params.push_back(
            OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, input(salt), salt.size()));
    }
    params.push_back(OSSL_PARAM_construct_octet_string(
        OSSL_KDF_PARAM_INFO, const_cast<char*>(info.data()), info.size()));
    params.push_back(OSSL_PARAM_construct_end());
    SecretBuffer out(length);
    if (EVP_KDF_derive(context.get(), out.data(), out.size(), params.data()) != 1) {
        throw failed();
    }
    return out;
}

}  // namespace baosong::crypto
