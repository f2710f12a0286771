#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include <sodium.h>

namespace baosong::crypto {

using Sha256Digest = std::array<std::uint8_t, 32>;

// Streaming SHA-256 (libsodium), for content addresses and the audit chain.
class Sha256 {
  public:
    Sha256();
    Sha256& update(std::span<const std::uint8_t> bytes);
    Sha256& update(std::string_view text);
    Sha256Digest finish();

    static Sha256Digest of(std::span<const std::uint8_t> bytes);
    static Sha256Digest of(std::string_view text);

  private:
    crypto_hash_sha256_state state_{};
};

std::string toHex(std::span<const std::uint8_t> bytes);

}  // namespace baosong::crypto
