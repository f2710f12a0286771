#pragma once
// A sink that passes bytes on while hashing them, for the one-pass seal: the same bytes
// are counted, hashed (SHA-256 for the office's replay record and BagIt, or SM3 in profile
// "gm"; BLAKE2b-512 for the minisign prehash) and written.

#include <cstdint>
#include <string>

#include "crypto/byte_stream.h"
#include "crypto/evp_digest.h"
#include "crypto/minisign_signature.h"

namespace baosong::app::bundle {

class HashingSink final : public crypto::ByteSink {
  public:
    // next may be null: hash only. digest is OpenSSL's name ("SHA256", "SM3").
    explicit HashingSink(crypto::ByteSink* next, bool minisignPrehash = false,
                         const char* digest = "SHA256")
        : next_(next), withPrehash_(minisignPrehash), digest_(digest) {}
    void write(std::span<const std::uint8_t> bytes) override;

    std::uint64_t count() const noexcept { return count_; }
    std::string digestHex();  // once, at the end
    crypto::Blake2b512Digest prehash();

  private:
    crypto::ByteSink* next_;
    bool withPrehash_;
    crypto::EvpDigest32 digest_;
    crypto::MinisignPrehash prehash_;
    std::uint64_t count_ = 0;
};

}  // namespace baosong::app::bundle
