#include "flag_id.h"

#include <openssl/evp.h>

#include <array>

#include "policy/parse_error.h"

namespace baosong::policy {

// SHA-256 is OpenSSL's, as crypto::Sha256 is; policy/ may not include crypto/
// (docs/ARCHITECTURE.md, "Who may include whom"), so it calls the same OpenSSL one-shot
// digest itself rather than take a dependency on the crypto library for eight bytes of id.
std::string flagIdOf(std::string_view key) {
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    if (EVP_Digest(key.data(), key.size(), digest.data(), &length, EVP_sha256(), nullptr) != 1) {
        throw ParseError("digest_failed", "", "无法计算 SHA-256（OpenSSL）");
    }
    static constexpr char kHex[] = "0123456789abcdef";
    std::string id;
    for (std::size_t i = 0; i < 8; ++i) {
        id += kHex[digest[i] >> 4];
        id += kHex[digest[i] & 0x0F];
    }
    return id;
}

}  // namespace baosong::policy
