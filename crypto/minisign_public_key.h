#pragma once
// minisign public keys (https://jedisct1.github.io/minisign/, "Public key format"):
//   base64("Ed" || key_id[8] || ed25519_public_key[32])
// in a file below the line "untrusted comment: minisign public key <KEY ID>".

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sha256.h"

namespace baosong::crypto {

using MinisignKeyId = std::array<std::uint8_t, 8>;
using Ed25519PublicKey = std::array<std::uint8_t, 32>;

class MinisignPublicKey {
  public:
    MinisignPublicKey(const MinisignKeyId& keyId, const Ed25519PublicKey& key)
        : keyId_(keyId), key_(key) {}

    // "RW…" (56 characters). Throws CryptoError("public_key_invalid").
    static MinisignPublicKey fromBase64(std::string_view text);
    // A .pub file (comment line + key line), or the bare key string.
    static MinisignPublicKey fromText(std::string_view text);

    std::string base64() const;
    std::string fileText() const;
    // The key id as minisign prints it: the 8 bytes read as a little-endian number, in
    // upper-case hex (16 characters).
    std::string keyIdHex() const;
    // What a person compares (bundle.md "Keys"): SHA-256 of the 42 encoded bytes ("Ed",
    // key id, Ed25519 key). The key id alone is 8 bytes whoever makes a key chooses
    // freely, so two keys with one id differ here.
    Sha256Digest fingerprint() const;

    const MinisignKeyId& keyId() const noexcept { return keyId_; }
    const Ed25519PublicKey& key() const noexcept { return key_; }
    bool operator==(const MinisignPublicKey&) const = default;

  private:
    std::vector<std::uint8_t> encoded() const;  // the 42 bytes under the base64

    MinisignKeyId keyId_;
    Ed25519PublicKey key_;
};

std::string minisignKeyIdHex(const MinisignKeyId& keyId);

}  // namespace baosong::crypto
