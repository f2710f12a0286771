#pragma once
// A streaming OpenSSL message digest with a 32-byte result: the one engine under Sha256
// and Sm3, so both stream, fail and free the same way.

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string_view>

struct evp_md_ctx_st;  // OpenSSL's EVP_MD_CTX

namespace baosong::crypto {

using Digest32 = std::array<std::uint8_t, 32>;

class EvpDigest32 {
  public:
    // name is OpenSSL's: "SHA256", "SM3". Throws CryptoError("digest_failed").
    explicit EvpDigest32(const char* name);
    void update(std::span<const std::uint8_t> bytes);
    Digest32 finish();

    EvpDigest32(EvpDigest32&&) noexcept = default;
    EvpDigest32& operator=(EvpDigest32&&) noexcept = default;

  private:
    struct ContextFree {
        void operator()(evp_md_ctx_st* context) const noexcept;
    };
    std::unique_ptr<evp_md_ctx_st, ContextFree> context_;
    const char* name_;
};

inline std::span<const std::uint8_t> bytesOfText(std::string_view text) {
    return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

}  // namespace baosong::crypto
