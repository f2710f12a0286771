#pragma once
// The scrypt recipient type of age (C2SP age, "The scrypt recipient type"): a stanza
// "-> scrypt <salt> <log2 N>" wrapping the file key under
// scrypt(N, r = 8, p = 1, S = "age-encryption.org/v1/scrypt" || salt, P = passphrase).
// An scrypt stanza must be the only stanza of its header.

#include <optional>
#include <vector>

#include "age_stanza.h"
#include "secret_buffer.h"

namespace baosong::crypto::age {

class ScryptRecipient {
  public:
    // Throws CryptoError("passphrase_empty") or ("kdf_params_invalid") for a work factor
    // outside 1…kMaxWorkFactorLog2.
    ScryptRecipient(SecretBuffer passphrase, int workFactorLog2);
    // A new stanza for fileKey, with a fresh salt. Throws CryptoError("kdf_out_of_memory").
    Stanza wrap(const SecretBuffer& fileKey) const;

  private:
    SecretBuffer passphrase_;
    int workFactorLog2_ = 0;
};

class ScryptIdentity {
  public:
    // Work factors above maxWorkFactorLog2 are refused before any work is done: a file
    // must not make us spend minutes or gigabytes. Throws CryptoError("kdf_params_invalid")
    // for a maximum outside 1…kMaxWorkFactorLog2.
    ScryptIdentity(SecretBuffer passphrase, int maxWorkFactorLog2);

    // The file key if the passphrase opens the scrypt stanza, nullopt if there is none or it
    // does not open. Throws headerInvalid() for a work factor above the maximum, and
    // CryptoError("kdf_out_of_memory").
    std::optional<SecretBuffer> unwrap(const std::vector<Stanza>& stanzas) const;

  private:
    SecretBuffer passphrase_;
    int maxWorkFactorLog2_ = 0;
};

// scrypt needs 128 · r · N bytes: 2^30 · 1 KiB would be a terabyte.
inline constexpr int kMaxWorkFactorLog2 = 30;

bool isScryptStanza(const Stanza& stanza);
// Throws headerInvalid() unless an scrypt stanza has a salt of canonical base64 for 16
// bytes, a work factor written as %x31-39 *DIGIT within 1…kMaxWorkFactorLog2, and a
// 32-byte body.
void checkScryptStanza(const Stanza& stanza);

}  // namespace baosong::crypto::age
