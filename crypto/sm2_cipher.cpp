#include "sm2_cipher.h"

#include <openssl/crypto.h>

#include "crypto_error.h"
#include "sm2_pkey.h"

namespace baosong::crypto {

namespace {
openssl::PkeyContext contextFor(EVP_PKEY* pkey) {
    openssl::PkeyContext context(EVP_PKEY_CTX_new_from_pkey(nullptr, pkey, nullptr));
    if (!context) {
        throw std::bad_alloc();
    }
    return context;
}
}  // namespace

std::vector<std::uint8_t> sm2Encrypt(const Sm2PublicKey& key,
                                     std::span<const std::uint8_t> plaintext) {
    const openssl::Pkey pkey = sm2Pkey(key);
    const openssl::PkeyContext context = contextFor(pkey.get());
    std::size_t length = 0;
    if (EVP_PKEY_encrypt_init(context.get()) != 1 ||
        EVP_PKEY_encrypt(context.get(), nullptr, &length, plaintext.data(), plaintext.size()) !=
            1) {
        throw CryptoError("sm2_encrypt_failed", "SM2 加密失败（OpenSSL），OpenSSL 安装可能不完整");
    }
    std::vector<std::uint8_t> ciphertext(length);
    if (EVP_PKEY_encrypt(context.get(), ciphertext.data(), &length, plaintext.data(),
                         plaintext.size()) != 1) {
        throw CryptoError("sm2_encrypt_failed", "SM2 加密失败（OpenSSL），OpenSSL 安装可能不完整");
    }
    ciphertext.resize(length);
    return ciphertext;
}

SecretBuffer sm2Decrypt(const Sm2SecretKey& key, std::span<const std::uint8_t> ciphertext) {
    const CryptoError failed("sm2_decrypt_failed",
                             "SM2 密文无法解开：它不是给这把密钥的，或已被改动");
    const openssl::Pkey pkey = sm2Pkey(key);
    const openssl::PkeyContext context = contextFor(pkey.get());
    std::size_t length = 0;
    if (EVP_PKEY_decrypt_init(context.get()) != 1 ||
        EVP_PKEY_decrypt(context.get(), nullptr, &length, ciphertext.data(), ciphertext.size()) !=
            1 ||
        length == 0) {
        throw failed;
    }
    SecretBuffer plaintext(length);
    if (EVP_PKEY_decrypt(context.get(), plaintext.data(), &length, ciphertext.data(),
                         ciphertext.size()) != 1) {
        throw failed;
    }
    SecretBuffer exact = SecretBuffer::copyOf(plaintext.bytes().first(length));
    return exact;
}

}  // namespace baosong::crypto
