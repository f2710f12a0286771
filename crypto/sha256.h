#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "evp_digest.h"

namespace baosong::crypto {

using Sha256Digest = Digest32;

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

  private:
    EvpDigest32 digest_{"SHA256"};
};

std::string toHex(std::span<const std::uint8_t> bytes);

}  // namespace baosong::crypto
