#pragma once
// Writes age v1 files (C2SP age, https://age-encryption.org/v1), binary or ASCII-armored,
// streaming: memory stays at one 64 KiB chunk whatever the size of the plaintext.

#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "age_x25519.h"
#include "byte_stream.h"

namespace baosong::crypto::age {

class AgeWriter {
  public:
    // Writes the header (and the payload nonce) to out at once: one stanza per recipient,
    // each with a fresh ephemeral key (armored: all but the armor's last, partial line).
    // Throws CryptoError("age_no_recipient") for none.
    AgeWriter(const std::vector<X25519Recipient>& recipients, ByteSink& out, bool armored = false);
    // A single scrypt stanza (the spec forbids others beside it) with 2^workFactorLog2 as
    // scrypt's N; age itself uses 18. Throws CryptoError("passphrase_empty" |
    // "kdf_params_invalid" | "kdf_out_of_memory").
    static AgeWriter forPassphrase(std::string_view passphrase, int workFactorLog2, ByteSink& out,
                                   bool armored = false);

    AgeWriter(AgeWriter&&) noexcept;
    AgeWriter& operator=(AgeWriter&&) noexcept;
    ~AgeWriter();

    // Throws CryptoError("age_writer_finished") after finish().
    void write(std::span<const std::uint8_t> plaintext);
    // Seals the last chunk (and closes the armor). Must be called: without it the output
    // is a truncated file that every reader refuses. Throws if called twice.
    void finish();

  private:
    struct Impl;
    explicit AgeWriter(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace baosong::crypto::age
