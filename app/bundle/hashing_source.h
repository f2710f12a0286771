#pragma once
// A source that hashes what passes through it (SHA-256), so the office can prove that the
// bytes it decrypted are the bytes whose signature it checked, read once from one open
// file rather than trusted to stay the same between two reads of a path.

#include <string>

#include "crypto/byte_stream.h"
#include "crypto/sha256.h"

namespace baosong::app::bundle {

class HashingSource final : public crypto::ByteSource {
  public:
    explicit HashingSource(crypto::ByteSource& in) : in_(in) {}
    std::size_t read(std::span<std::uint8_t> buffer) override;
    // Reads what is left (hashing it), then returns the SHA-256 of everything, once.
    std::string drainAndFinish();

  private:
    crypto::ByteSource& in_;
    crypto::Sha256 sha256_;
};

}  // namespace baosong::app::bundle
