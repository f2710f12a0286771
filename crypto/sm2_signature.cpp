#include "sm2_signature.h"

#include <openssl/ecdsa.h>

#include <algorithm>
#include <new>

#include "crypto_error.h"
#include "sm2_pkey.h"

namespace baosong::crypto {

namespace {
[[noreturn]] void signFailed() {
    throw CryptoError("sign_failed", "SM2 签名失败（OpenSSL），OpenSSL 安装可能不完整");
}

// SM3 and the distinguishing ID, set before the first byte so Z (GB/T 32918.2 §5.5) is
// computed with it.
openssl::MdContext initialised(EVP_PKEY* pkey, bool sign) {
    openssl::MdContext md(EVP_MD_CTX_new());
    if (!md) {
        throw std::bad_alloc();
    }
    // Set after init: OpenSSL 3.0.19 refuses the ID among the init parameters (seen: init
    // fails with an empty error queue); Z is computed at the first update, after this.
    EVP_PKEY_CTX* context = nullptr;
    const int ok =
        (sign ? EVP_DigestSignInit_ex(md.get(), &context, "SM3", nullptr, nullptr, pkey, nullptr)
              : EVP_DigestVerifyInit_ex(md.get(), &context, "SM3", nullptr, nullptr, pkey,
                                        nullptr)) == 1 &&
                EVP_PKEY_CTX_set1_id(context, kSm2DistinguishingId,
                                     sizeof kSm2DistinguishingId - 1) == 1
            ? 1
            : 0;
    if (ok != 1) {
        if (sign) {
            signFailed();
        }
        throw CryptoError("signature_invalid", "SM2 签名核验无法开始，公钥可能不对");
    }
    return md;
}

// DER SEQUENCE{r, s} and nothing else: a signature has one encoding (a BER variant or
// trailing bytes would make two files that both verify).
bool strictDer(std::span<const std::uint8_t> signature) {
    const unsigned char* p = signature.data();
    ECDSA_SIG* parsed = d2i_ECDSA_SIG(nullptr, &p, static_cast<long>(signature.size()));
    if (parsed == nullptr) {
        return false;
    }
    const bool whole = p == signature.data() + signature.size();
    unsigned char* again = nullptr;
    const int length = i2d_ECDSA_SIG(parsed, &again);
    ECDSA_SIG_free(parsed);
    const bool same =
        length > 0 && std::equal(again, again + length, signature.begin(), signature.end());
    OPENSSL_free(again);
    return whole && same;
}
}  // namespace

std::vector<std::uint8_t> sm2Sign(const Sm2SecretKey& key, std::span<const std::uint8_t> message) {
    const openssl::Pkey pkey = sm2Pkey(key);
    const openssl::MdContext md = initialised(pkey.get(), true);
    std::size_t length = 0;
    if (EVP_DigestSign(md.get(), nullptr, &length, message.data(), message.size()) != 1) {
        signFailed();
    }
    std::vector<std::uint8_t> signature(length);
    if (EVP_DigestSign(md.get(), signature.data(), &length, message.data(), message.size()) != 1) {
        signFailed();
    }
    signature.resize(length);
    return signature;
}

void sm2Verify(const Sm2PublicKey& key, std::span<const std::uint8_t> message,
               std::span<const std::uint8_t> signature) {
    if (signature.size() > 72 || !strictDer(signature)) {
        throw CryptoError("signature_malformed",
                          "SM2 签名不是 DER 格式（SEQUENCE{r, s}），文件可能已损坏");
    }
    const openssl::Pkey pkey = sm2Pkey(key);
    const openssl::MdContext md = initialised(pkey.get(), false);
    if (EVP_DigestVerify(md.get(), signature.data(), signature.size(), message.data(),
                         message.size()) != 1) {
        throw CryptoError("signature_invalid",
                          "SM2 签名核验不通过：内容被改动，或不是这把密钥签的");
    }
}

}  // namespace baosong::crypto
