#pragma once
// SM3 (GB/T 32905-2016), the hash of profile "gm": manifests, the statement's sm3= and
// the fingerprints of SM2 keys (docs/spec/bundle-gm.md). OpenSSL's implementation.

#include <span>
#include <string_view>

#include "evp_digest.h"

namespace baosong::crypto {

using Sm3Digest = Digest32;

class Sm3 : public EvpDigest32 {
  public:
    Sm3() : EvpDigest32("SM3") {}
    static Sm3Digest of(std::span<const std::uint8_t> bytes);
    static Sm3Digest of(std::string_view text) { return of(bytesOfText(text)); }
};

}  // namespace baosong::crypto
