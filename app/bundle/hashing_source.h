#pragma once
// A source that hashes what passes through it (SHA-256, or SM3 in profile "gm"), so the office can
// prove that the bytes it decrypted are the bytes whose signature it checked, read once from one
// open file rather than trusted to stay the same between two reads of a path.

#include <cstdint>
#include <string>

#include "background_sink.h"
#include "crypto/byte_stream.h"
#include "hashing_sink.h"

namespace baosong::app::bundle {

// The hash runs on a second thread (BackgroundSink), so that the office's two cores share
// a pass: in profile gm this thread decrypts SM4 and checks the HMAC while the other hashes
// the whole file with SM3 again.
class HashingSource final : public crypto::ByteSource {
  public:
    // digest is OpenSSL's name ("SHA256", "SM3").
    explicit HashingSource(crypto::ByteSource& in, const char* digest = "SHA256")
        : in_(in), sink_(nullptr, false, digest), background_(sink_) {}
    std::size_t read(std::span<std::uint8_t> buffer) override;
    // Reads what is left (hashing it), then returns the digest of everything, once.
    std::string drainAndFinish();
    // How many bytes were hashed: the size of what the digest is of.
    std::uint64_t bytes() const { return bytes_; }

  private:
    crypto::ByteSource& in_;
    HashingSink sink_;
    BackgroundSink background_;  // after sink_: stopped before what it writes to goes
    std::uint64_t bytes_ = 0;
};

}  // namespace baosong::app::bundle
