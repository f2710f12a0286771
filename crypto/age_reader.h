#pragma once
// Reads age v1 files (C2SP age, https://age-encryption.org/v1), binary or ASCII-armored,
// streaming: it holds one 64 KiB chunk at a time whatever the size of the file, and
// returns only plaintext whose chunk authenticated.
//
// Failures are CryptoErrors with one of these codes (the failure kinds of the age test
// kit): "age_armor_invalid", "age_header_invalid", "age_no_match", "age_hmac_failure",
// "age_payload_invalid"; besides "kdf_out_of_memory" if scrypt cannot get its memory.

#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "age_x25519.h"
#include "byte_stream.h"

namespace baosong::crypto::age {

// Narrower than the format (bundle.md: the bundle is binary age to exactly one X25519
// recipient). A file outside it fails with "age_profile_refused" before any identity is
// tried; the defaults accept all of age v1.
struct AgeProfile {
    bool allowArmor = true;
    bool oneX25519Stanza = false;  // exactly one stanza, and it is X25519
};

class AgeReader {
  public:
    // Parses the whole header (binary when the input starts "age-encryption.org/", else
    // ASCII-armored), checks every X25519 and scrypt stanza's form, then looks for a stanza one of
    // the identities opens, checks the header MAC with its file key, and reads the payload nonce.
    // Throws on failure; a missing or short nonce is "age_header_invalid", as the test kit classes
    // it.
    AgeReader(ByteSource& in, const std::vector<const X25519Identity*>& identities,
              const AgeProfile& profile = {});
    // The same with a passphrase, for a file whose only stanza is scrypt. Work factors above
    // maxWorkFactorLog2 are refused ("age_header_invalid") before any work: 22 means up
    // to 4 GiB of memory. Throws CryptoError("kdf_params_invalid") for a maximum outside
    // 1…30.
    AgeReader(ByteSource& in, std::string_view passphrase, int maxWorkFactorLog2 = 22);

    AgeReader(AgeReader&&) noexcept;
    AgeReader& operator=(AgeReader&&) noexcept;
    ~AgeReader();

    // Returns up to buffer.size() bytes of plaintext; each byte returned comes from a chunk
    // whose Poly1305 tag has verified, and the final chunk is returned only once the input
    // is known to end right after it. Returns 0 only after that (or for an empty buffer).
    // Throws CryptoError on failure, and again on every later call.
    std::size_t read(std::span<std::uint8_t> buffer);

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace baosong::crypto::age
