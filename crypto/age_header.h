#pragma once
// The age v1 header (C2SP age, "Header"): the version line, one or more stanzas, and an
// HMAC-SHA-256 over all of it up to "---" under HKDF(file key, salt = "", "header").
// Parsing is strict to the ABNF: LF line ends, canonical unpadded base64, body lines of
// 64 columns ending with a shorter (possibly empty) one. Stanza types are not judged here.

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "age_stanza.h"
#include "buffered_source.h"
#include "secret_buffer.h"

namespace baosong::crypto::age {

using HeaderMac = std::array<std::uint8_t, 32>;

class AgeHeader {
  public:
    // Reads through the MAC line, leaving in at the first byte of the payload. Throws
    // headerInvalid() on any deviation from the ABNF or past kMaxBytes; errors of in
    // (an armor failure) pass through unchanged.
    static AgeHeader read(BufferedSource& in);

    // The complete header for stanzas, with its MAC under fileKey.
    static std::string encode(const std::vector<Stanza>& stanzas, const SecretBuffer& fileKey);

    const std::vector<Stanza>& stanzas() const noexcept { return stanzas_; }

    // Throws hmacFailure() unless the MAC was made with fileKey (constant-time compare).
    void verifyMac(const SecretBuffer& fileKey) const;

    // The spec sets no limit; ours bounds memory (a real header is well under 1 KiB per
    // stanza, and post-quantum stanzas under 2 KiB).
    static constexpr std::size_t kMaxBytes = std::size_t{1} << 20;

  private:
    std::vector<Stanza> stanzas_;
    std::string macInput_;  // the header up to and including "---"
    HeaderMac mac_{};
};

}  // namespace baosong::crypto::age
