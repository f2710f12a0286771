#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include <memory>

struct evp_md_ctx_st;  // OpenSSL's EVP_MD_CTX

namespace baosong::crypto {

using Sha256Digest = std::array<std::uint8_t, 32>;

// Streaming SHA-256 for content addresses, manifests and the audit chain. OpenSSL's, not
// libsodium's: OpenSSL uses the CPU's SHA extensions, and a 200 MB bundle is hashed
// three times while sealing (tests/bench/bundle_bench measured libsodium's at half the
// seal's time).
class Sha256 {
  public:
    Sha256();
    Sha256& update(std::span<const std::uint8_t> bytes);
    Sha256& update(std::string_view text);
    Sha256Digest finish();

    static Sha256Digest of(std::span<const std::uint8_t> bytes);
    static Sha256Digest of(std::string_view text);

    Sha256(Sha256&&) noexcept = default;
    Sha256& operator=(Sha256&&) noexcept = default;

  private:
    struct ContextFree {
        void operator()(evp_md_ctx_st* context) const noexcept;
    };
    std::unique_ptr<evp_md_ctx_st, ContextFree> context_;
};

std::string toHex(std::span<const std::uint8_t> bytes);

}  // namespace baosong::crypto
