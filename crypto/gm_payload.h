#pragma once
// The encrypted payload of a profile "gm" bundle (docs/spec/bundle-gm.md): SM4-CBC under
// a random 16-byte IV, authenticated by HMAC-SM3 over IV ‖ ciphertext, both keys from one
// random 48-byte file key (SM4 key 16 ‖ HMAC key 32) that travels SM2-encrypted.
//
// Reading is two passes over the ciphertext, and the types enforce the order: only a
// CheckedPayload (the MAC over the whole ciphertext verified) can build the decrypting
// source, so no plaintext byte exists before the whole payload is authenticated. The
// second pass recomputes the MAC and refuses at its end if the bytes changed between the
// passes (payload_changed); what it released by then is the caller's to discard.

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "byte_stream.h"
#include "hmac_sm3.h"
#include "secret_buffer.h"
#include "sm4_cbc.h"

namespace baosong::crypto {

class GmFileKey {
  public:
    static constexpr std::size_t kSize = 48;
    static GmFileKey generate();
    // Throws CryptoError("file_key_invalid") unless exactly 48 bytes.
    static GmFileKey fromBytes(SecretBuffer bytes);

    std::span<const std::uint8_t> bytes() const noexcept { return bytes_.bytes(); }
    std::span<const std::uint8_t> sm4Key() const noexcept { return bytes().first(16); }
    std::span<const std::uint8_t> macKey() const noexcept { return bytes().subspan(16); }

  private:
    explicit GmFileKey(SecretBuffer bytes) : bytes_(std::move(bytes)) {}
    SecretBuffer bytes_;
};

// A fresh random IV for each payload (libsodium's CSPRNG).
Sm4Iv randomSm4Iv();

// SM4-CBC of what is written to it, into out; the MAC over the same ciphertext is the
// caller's (GmPayloadMac), so that it can run on another core. GmPayloadWriter does both.
class GmPayloadEncryptor final : public ByteSink {
  public:
    GmPayloadEncryptor(const GmFileKey& key, const Sm4Iv& iv, ByteSink& out);
    void write(std::span<const std::uint8_t> bytes) override;
    // Writes the padding block(s).
    void finish();

  private:
    Sm4Cbc cipher_;
    ByteSink& out_;
    std::vector<std::uint8_t> buffer_;
};

// HMAC-SM3 over the IV and every ciphertext byte written to it (payload.mac).
class GmPayloadMac final : public ByteSink {
  public:
    GmPayloadMac(const GmFileKey& key, const Sm4Iv& iv);
    void write(std::span<const std::uint8_t> ciphertext) override { mac_.update(ciphertext); }
    Sm3Digest finish() { return mac_.finish(); }

  private:
    HmacSm3 mac_;
};

// Encrypts what is written to it into out, MACing the IV and every ciphertext byte.
class GmPayloadWriter final : public ByteSink {
  public:
    GmPayloadWriter(const GmFileKey& key, const Sm4Iv& iv, ByteSink& out);
    void write(std::span<const std::uint8_t> bytes) override { encryptor_.write(bytes); }
    // Writes the padding block(s) and returns the MAC (payload.mac).
    Sm3Digest finish();

    // Ciphertext length for a plaintext of n bytes (PKCS#7 always adds 1–16 bytes).
    static std::uint64_t ciphertextSize(std::uint64_t plaintextSize) {
        return (plaintextSize / Sm4Cbc::kBlock + 1) * Sm4Cbc::kBlock;
    }

  private:
    GmPayloadMac mac_;
    TeeSink both_;  // the ciphertext to the MAC and to out
    GmPayloadEncryptor encryptor_;
};

// Proof that the MAC over IV ‖ the whole ciphertext verified: made only by
// GmPayloadCheck::finish.
class CheckedPayload {
  public:
    CheckedPayload(CheckedPayload&&) noexcept = default;

  private:
    friend class GmPayloadCheck;
    friend class GmPayloadSource;
    // Its own copy of the key: the proof must not outlive what it refers to.
    CheckedPayload(const GmFileKey& key, const Sm4Iv& iv, const Sm3Digest& mac)
        : key_(GmFileKey::fromBytes(SecretBuffer::copyOf(key.bytes()))), iv_(iv), mac_(mac) {}
    GmFileKey key_;
    Sm4Iv iv_;
    Sm3Digest mac_;
};

// First pass: feed every ciphertext byte, then the MAC that came with them.
class GmPayloadCheck {
  public:
    GmPayloadCheck(const GmFileKey& key, const Sm4Iv& iv);
    void update(std::span<const std::uint8_t> ciphertext);
    // Throws CryptoError("payload_mac_invalid") when the MAC differs (constant-time
    // comparison) or the ciphertext is not a positive multiple of 16 bytes.
    CheckedPayload finish(std::span<const std::uint8_t> mac);

  private:
    const GmFileKey& key_;
    Sm4Iv iv_;
    HmacSm3 hmac_;
    std::uint64_t count_ = 0;
};

// Second pass: plaintext read from the same ciphertext, read again from source.
class GmPayloadSource final : public ByteSource {
  public:
    GmPayloadSource(CheckedPayload checked, ByteSource& ciphertext);
    // Throws CryptoError("payload_changed") at the end when the ciphertext read now is
    // not the one the check authenticated, "cipher_padding_invalid" never for a checked
    // payload (it was made by the key holder) but passed on if it happens.
    std::size_t read(std::span<std::uint8_t> buffer) override;

  private:
    bool refill();
    CheckedPayload checked_;
    ByteSource& ciphertext_;
    Sm4Cbc cipher_;
    HmacSm3 mac_;
    std::vector<std::uint8_t> in_;
    std::vector<std::uint8_t> plain_;
    std::size_t plainAt_ = 0;
    bool ended_ = false;
};

}  // namespace baosong::crypto
