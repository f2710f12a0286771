#pragma once
// The X25519 recipient type of age (C2SP age, "The X25519 recipient type"): recipients
// "age1…" (Bech32, lower case) and identities "AGE-SECRET-KEY-1…" (Bech32, upper case).
// A stanza is "-> X25519 <ephemeral share>" with the file key wrapped under
// HKDF-SHA-256(X25519(ephemeral, recipient), salt = share || recipient,
// "age-encryption.org/v1/X25519").

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "age_stanza.h"
#include "secret_buffer.h"

namespace baosong::crypto::age {

using X25519PublicKey = std::array<std::uint8_t, 32>;

class X25519Recipient {
  public:
    explicit X25519Recipient(const X25519PublicKey& publicKey) : publicKey_(publicKey) {}

    // "age1…" in lower case. Throws CryptoError("age_recipient_invalid").
    static X25519Recipient parse(std::string_view text);
    std::string text() const;  // "age1…"
    const X25519PublicKey& publicKey() const noexcept { return publicKey_; }
    bool operator==(const X25519Recipient&) const = default;

    // A new stanza for fileKey, with a fresh ephemeral secret.
    Stanza wrap(const SecretBuffer& fileKey) const;

  private:
    X25519PublicKey publicKey_;
};

// Move-only: the secret scalar has one owner, in locked memory.
class X25519Identity {
  public:
    static X25519Identity generate();
    // "AGE-SECRET-KEY-1…" in upper case. Throws CryptoError("age_identity_invalid").
    static X25519Identity parse(std::string_view text);
    SecretBuffer text() const;  // "AGE-SECRET-KEY-1…"
    X25519Recipient recipient() const { return X25519Recipient(publicKey_); }

    // The file key from the first X25519 stanza this identity opens, nullopt if none does.
    // Throws headerInvalid() if a share makes the shared secret all zero (a low-order
    // point), which the spec says must abort.
    std::optional<SecretBuffer> unwrap(const std::vector<Stanza>& stanzas) const;

  private:
    explicit X25519Identity(SecretBuffer secret);
    SecretBuffer secret_;
    X25519PublicKey publicKey_{};
};

// Whether a stanza is addressed to the X25519 type ("X25519" as first argument).
bool isX25519Stanza(const Stanza& stanza);
// Throws headerInvalid() unless an X25519 stanza has exactly the share as second argument,
// canonical base64 of 32 bytes, and a 32-byte body. Checked while reading the header, so
// that a malformed stanza is a broken file whether or not an identity is at hand.
void checkX25519Stanza(const Stanza& stanza);

}  // namespace baosong::crypto::age
