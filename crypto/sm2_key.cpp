#include "sm2_key.h"

#include <openssl/core_names.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <algorithm>
#include <cstring>
#include <new>

#include "crypto_error.h"
#include "sm2_pkey.h"

namespace baosong::crypto {

namespace {
CryptoError invalidPublic() {
    return CryptoError("public_key_invalid",
                       "SM2 公钥格式不对：应为 PEM 或 DER 格式的 SubjectPublicKeyInfo（SM2 曲线）");
}

CryptoError invalidSecret() {
    return CryptoError("secret_key_malformed",
                       "SM2 私钥格式不对：应为未加密的 PKCS#8（SM2 曲线），密钥文件可能已损坏");
}

// An SM2 key on the SM2 curve: OpenSSL 3 decodes id-ecPublicKey on sm2p256v1 as "SM2".
bool isSm2(const EVP_PKEY* pkey) {
    if (pkey == nullptr || !EVP_PKEY_is_a(pkey, "SM2")) {
        return false;
    }
    char group[32] = {};
    std::size_t length = 0;
    return EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group,
                                          &length) == 1 &&
           std::strcmp(group, "SM2") == 0;
}

std::vector<std::uint8_t> publicDer(const EVP_PKEY* pkey) {
    unsigned char* der = nullptr;
    const int length = i2d_PUBKEY(pkey, &der);
    if (length <= 0) {
        throw invalidPublic();
    }
    std::vector<std::uint8_t> out(der, der + length);
    OPENSSL_free(der);
    return out;
}

SecretBuffer privateDer(const EVP_PKEY* pkey) {
    PKCS8_PRIV_KEY_INFO* info = EVP_PKEY2PKCS8(pkey);
    if (info == nullptr) {
        throw invalidSecret();
    }
    unsigned char* der = nullptr;
    const int length = i2d_PKCS8_PRIV_KEY_INFO(info, &der);
    PKCS8_PRIV_KEY_INFO_free(info);
    if (length <= 0) {
        throw invalidSecret();
    }
    SecretBuffer out =
        SecretBuffer::copyOf(std::span<const std::uint8_t>(der, std::size_t(length)));
    OPENSSL_clear_free(der, std::size_t(length));
    return out;
}

// The text between BEGIN and END of the one PEM block of label in text, or throws.
std::string_view onlyPemBlock(std::string_view text, std::string_view label,
                              const CryptoError& error) {
    const std::string begin = "-----BEGIN " + std::string(label) + "-----";
    const std::string end = "-----END " + std::string(label) + "-----";
    const auto blank = [](std::string_view s) {
        return s.find_first_not_of(" \t\r\n") == std::string_view::npos;
    };
    const std::size_t b = text.find(begin);
    const std::size_t e = text.find(end);
    if (b == std::string_view::npos || e == std::string_view::npos || e < b ||
        !blank(text.substr(0, b)) || !blank(text.substr(e + end.size())) ||
        text.find("-----BEGIN", b + 1) != std::string_view::npos) {
        throw error;
    }
    return text.substr(b, e + end.size() - b);
}

openssl::Bio readBio(std::string_view text) {
    openssl::Bio bio(BIO_new_mem_buf(text.data(), static_cast<int>(text.size())));
    if (!bio) {
        throw std::bad_alloc();
    }
    return bio;
}

std::string bioText(BIO* bio) {
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return std::string(data, static_cast<std::size_t>(length));
}
}  // namespace

openssl::Pkey sm2Pkey(const Sm2PublicKey& key) {
    const unsigned char* p = key.der().data();
    openssl::Pkey pkey(d2i_PUBKEY(nullptr, &p, static_cast<long>(key.der().size())));
    if (!isSm2(pkey.get())) {
        throw invalidPublic();
    }
    return pkey;
}

openssl::Pkey sm2Pkey(const Sm2SecretKey& key) {
    const unsigned char* p = key.storage().data();
    const unsigned char* end = p + key.storage().size();
    openssl::Pkey pkey(d2i_AutoPrivateKey(nullptr, &p, static_cast<long>(key.storage().size())));
    if (!isSm2(pkey.get()) || p != end) {
        throw invalidSecret();
    }
    return pkey;
}

Sm2PublicKey Sm2PublicKey::fromDer(std::span<const std::uint8_t> der) {
    const unsigned char* p = der.data();
    const openssl::Pkey pkey(d2i_PUBKEY(nullptr, &p, static_cast<long>(der.size())));
    if (!isSm2(pkey.get()) || p != der.data() + der.size()) {
        throw invalidPublic();
    }
    // One key, one encoding: the uncompressed point (04 ‖ x ‖ y) on the named curve, which
    // is 91 bytes of SubjectPublicKeyInfo. OpenSSL writes a compressed or hybrid point back
    // as it read it, so the re-encoding below alone would let one key have two
    // fingerprints.
    unsigned char point[65] = {};
    std::size_t pointLength = 0;
    if (der.size() != 91 ||
        EVP_PKEY_get_octet_string_param(pkey.get(), OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY, point,
                                        sizeof point, &pointLength) != 1 ||
        pointLength != sizeof point || point[0] != 0x04) {
        throw invalidPublic();
    }
    // Re-encoded, the key must give the same bytes: no second encoding of one key (a
    // compressed point, explicit curve parameters) and so no second fingerprint.
    std::vector<std::uint8_t> canonical = publicDer(pkey.get());
    if (!std::equal(canonical.begin(), canonical.end(), der.begin(), der.end())) {
        throw invalidPublic();
    }
    return Sm2PublicKey(std::move(canonical));
}

Sm2PublicKey Sm2PublicKey::fromPem(std::string_view text) {
    const std::string_view block = onlyPemBlock(text, "PUBLIC KEY", invalidPublic());
    const openssl::Bio bio = readBio(block);
    const openssl::Pkey pkey(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
    if (!pkey) {
        throw invalidPublic();
    }
    const std::vector<std::uint8_t> der = publicDer(pkey.get());
    return fromDer(der);
}

std::string Sm2PublicKey::pem() const {
    const openssl::Pkey pkey = sm2Pkey(*this);
    const openssl::Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), pkey.get()) != 1) {
        throw invalidPublic();
    }
    return bioText(bio.get());
}

Sm2SecretKey Sm2SecretKey::generate() {
    const openssl::Pkey pkey(EVP_PKEY_Q_keygen(nullptr, nullptr, "SM2"));
    if (!isSm2(pkey.get())) {
        throw CryptoError("keygen_failed", "无法生成 SM2 密钥（OpenSSL），OpenSSL 安装可能不完整");
    }
    return Sm2SecretKey(privateDer(pkey.get()), Sm2PublicKey(publicDer(pkey.get())));
}

Sm2SecretKey Sm2SecretKey::fromStorage(std::span<const std::uint8_t> pkcs8Der) {
    const unsigned char* p = pkcs8Der.data();
    const openssl::Pkey pkey(d2i_AutoPrivateKey(nullptr, &p, static_cast<long>(pkcs8Der.size())));
    if (!isSm2(pkey.get()) || p != pkcs8Der.data() + pkcs8Der.size()) {
        throw invalidSecret();
    }
    return Sm2SecretKey(privateDer(pkey.get()), Sm2PublicKey(publicDer(pkey.get())));
}

Sm2SecretKey Sm2SecretKey::fromPem(std::string_view text) {
    const std::string_view block = onlyPemBlock(text, "PRIVATE KEY", invalidSecret());
    const openssl::Bio bio = readBio(block);
    const openssl::Pkey pkey(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    if (!isSm2(pkey.get())) {
        throw invalidSecret();
    }
    return Sm2SecretKey(privateDer(pkey.get()), Sm2PublicKey(publicDer(pkey.get())));
}

SecretBuffer Sm2SecretKey::pem() const {
    const openssl::Pkey pkey = sm2Pkey(*this);
    // A BIO_s_secmem would be ideal; a plain memory BIO is wiped by hand before it goes.
    const openssl::Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), pkey.get(), nullptr, nullptr, 0, nullptr,
                                         nullptr) != 1) {
        throw invalidSecret();
    }
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    SecretBuffer out =
        SecretBuffer::copyOf(std::string_view(data, static_cast<std::size_t>(length)));
    OPENSSL_cleanse(data, static_cast<std::size_t>(length));
    return out;
}

}  // namespace baosong::crypto
