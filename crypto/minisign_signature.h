#pragma once
// minisign signatures (https://jedisct1.github.io/minisign/, "Signature format"):
//   untrusted comment: <text>
//   base64("ED" || key_id[8] || ed25519(BLAKE2b-512(message))[64])
//   trusted comment: <text>
//   base64(ed25519(signature[64] || trusted_comment))
// Only the prehashed "ED" form is produced and accepted: the legacy "Ed" form signs the
// whole message in memory and baosong has no use for it.

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <sodium.h>

#include "minisign_public_key.h"

namespace baosong::crypto {

using Ed25519Signature = std::array<std::uint8_t, 64>;
using Blake2b512Digest = std::array<std::uint8_t, 64>;

// BLAKE2b-512 of a message fed in pieces, the prehash of the "ED" form.
class MinisignPrehash {
  public:
    MinisignPrehash();
    MinisignPrehash& update(std::span<const std::uint8_t> bytes);
    Blake2b512Digest finish();
    static Blake2b512Digest of(std::span<const std::uint8_t> message);

  private:
    crypto_generichash_state state_{};
};

struct MinisignSignature {
    std::string untrustedComment;
    MinisignKeyId keyId{};
    Ed25519Signature signature{};
    std::string trustedComment;
    Ed25519Signature globalSignature{};

    // Throws CryptoError("signature_malformed" | "signature_legacy").
    static MinisignSignature parse(std::string_view text);
    std::string fileText() const;
};

// What the global signature covers: the signature followed by the trusted comment.
std::vector<std::uint8_t> minisignGlobalMessage(const Ed25519Signature& signature,
                                                std::string_view trustedComment);

// Throws CryptoError: "signature_key_mismatch" (made by another key), "signature_invalid"
// (message or signature altered), "trusted_comment_invalid" (trusted comment altered).
void verifyMinisign(const MinisignPublicKey& key, const Blake2b512Digest& prehash,
                    const MinisignSignature& signature);
void verifyMinisign(const MinisignPublicKey& key, std::span<const std::uint8_t> message,
                    const MinisignSignature& signature);

}  // namespace baosong::crypto
