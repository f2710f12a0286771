#pragma once
// The age payload (C2SP age, "Payload"): STREAM over ChaCha20-Poly1305 in 64 KiB chunks,
// nonce = 11-byte big-endian chunk counter || 0x01 for the final chunk, 0x00 otherwise,
// under payload key = HKDF-SHA-256(file key, salt = 16-byte nonce, info = "payload").
// The final chunk may be shorter than 64 KiB, and empty only if it is the only chunk.

#include <cstddef>
#include <cstdint>
#include <exception>
#include <span>
#include <vector>

#include "byte_stream.h"
#include "secret_buffer.h"

namespace baosong::crypto::age {

inline constexpr std::size_t kChunkBytes = 64 * 1024;
inline constexpr std::size_t kTagBytes = 16;
inline constexpr std::size_t kPayloadNonceBytes = 16;

SecretBuffer payloadKey(const SecretBuffer& fileKey, std::span<const std::uint8_t> nonce);

// Encrypts what is pushed into it. Holds back one full chunk until more plaintext shows
// it is not the last.
class StreamEncryptor {
  public:
    StreamEncryptor(ByteSink& out, SecretBuffer payloadKey);
    StreamEncryptor(const StreamEncryptor&) = delete;
    StreamEncryptor& operator=(const StreamEncryptor&) = delete;
    ~StreamEncryptor();

    void write(std::span<const std::uint8_t> plaintext);
    // Seals the pending (possibly empty, if nothing was written) chunk as final.
    void finish();

  private:
    void seal(bool last);
    ByteSink& out_;
    SecretBuffer key_;
    std::vector<std::uint8_t> chunk_;  // plaintext, then sealed in place, then the tag
    std::size_t filled_ = 0;
    std::uint64_t counter_ = 0;
};

// Decrypts what it pulls from its source, one chunk at a time, decrypting in place in a
// single buffer of one sealed chunk plus one byte. The extra byte is how it knows a chunk
// is not the last before releasing it: a full chunk followed by more input must open as
// non-final, and a chunk that ends the input must open as final. So no byte of a chunk is
// released before its tag verified, and none of the final chunk before the input is known
// to end there.
class StreamDecryptor {
  public:
    StreamDecryptor(ByteSource& in, SecretBuffer payloadKey);
    StreamDecryptor(const StreamDecryptor&) = delete;
    StreamDecryptor& operator=(const StreamDecryptor&) = delete;
    ~StreamDecryptor();

    // Up to buffer.size() bytes of plaintext; 0 only once the final chunk was returned (or
    // for an empty buffer). Throws payloadInvalid() (or what the source throws, such as
    // armorInvalid()), and the same error again on every later call.
    std::size_t read(std::span<std::uint8_t> buffer);

  private:
    void openNext();
    ByteSource& in_;
    SecretBuffer key_;
    std::vector<std::uint8_t> chunk_;
    bool lookAhead_ = false;  // the last byte of chunk_ is the first of the next chunk
    std::size_t plainBegin_ = 0;
    std::size_t plainEnd_ = 0;
    std::uint64_t counter_ = 0;
    bool finished_ = false;
    std::exception_ptr failure_;  // rethrown by every later read
};

}  // namespace baosong::crypto::age
