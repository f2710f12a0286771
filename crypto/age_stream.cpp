#include "age_stream.h"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <exception>

#include "age_error.h"
#include "crypto_error.h"
#include "hkdf_sha256.h"
#include "sodium_runtime.h"

namespace baosong::crypto::age {

namespace {
using ChunkNonce = std::array<std::uint8_t, crypto_aead_chacha20poly1305_ietf_NPUBBYTES>;
static_assert(kTagBytes == crypto_aead_chacha20poly1305_ietf_ABYTES);

ChunkNonce chunkNonce(std::uint64_t counter, bool last) {
    ChunkNonce nonce{};  // the counter's top three bytes stay zero: 2^64 chunks is enough
    for (std::size_t i = 0; i < 8; ++i) {
        nonce[10 - i] = static_cast<std::uint8_t>(counter >> (8 * i));
    }
    nonce[11] = last ? 1 : 0;
    return nonce;
}

bool openChunk(const SecretBuffer& key, std::uint64_t counter, bool last, std::uint8_t* data,
               std::size_t sealedBytes) {
    const ChunkNonce nonce = chunkNonce(counter, last);
    const std::size_t plainBytes = sealedBytes - kTagBytes;
    // In place: libsodium checks the tag before it decrypts anything.
    return crypto_aead_chacha20poly1305_ietf_decrypt_detached(data, nullptr, data, plainBytes,
                                                              data + plainBytes, nullptr, 0,
                                                              nonce.data(), key.data()) == 0;
}
}  // namespace

SecretBuffer payloadKey(const SecretBuffer& fileKey, std::span<const std::uint8_t> nonce) {
    return hkdfSha256(fileKey.bytes(), nonce, "payload",
                      crypto_aead_chacha20poly1305_ietf_KEYBYTES);
}

StreamEncryptor::StreamEncryptor(ByteSink& out, SecretBuffer payloadKey)
    : out_(out), key_(std::move(payloadKey)), chunk_(kChunkBytes + kTagBytes) {
    requireSodium();
}

StreamEncryptor::~StreamEncryptor() {
    sodium_memzero(chunk_.data(), chunk_.size());
}

void StreamEncryptor::write(std::span<const std::uint8_t> plaintext) {
    while (!plaintext.empty()) {
        if (filled_ == kChunkBytes) {
            seal(false);
        }
        const std::size_t n = std::min(plaintext.size(), kChunkBytes - filled_);
        std::memcpy(chunk_.data() + filled_, plaintext.data(), n);
        filled_ += n;
        plaintext = plaintext.subspan(n);
    }
}

void StreamEncryptor::finish() {
    seal(true);
}

void StreamEncryptor::seal(bool last) {
    const ChunkNonce nonce = chunkNonce(counter_, last);
    crypto_aead_chacha20poly1305_ietf_encrypt_detached(chunk_.data(), chunk_.data() + filled_,
                                                       nullptr, chunk_.data(), filled_, nullptr, 0,
                                                       nullptr, nonce.data(), key_.data());
    out_.write(std::span(chunk_.data(), filled_ + kTagBytes));
    ++counter_;
    filled_ = 0;
}

StreamDecryptor::StreamDecryptor(ByteSource& in, SecretBuffer payloadKey)
    : in_(in), key_(std::move(payloadKey)), chunk_(kChunkBytes + kTagBytes + 1) {
    requireSodium();
}

StreamDecryptor::~StreamDecryptor() {
    sodium_memzero(chunk_.data(), chunk_.size());
}

std::size_t StreamDecryptor::read(std::span<std::uint8_t> buffer) {
    if (failure_) {
        std::rethrow_exception(failure_);
    }
    if (buffer.empty()) {
        return 0;
    }
    if (plainBegin_ == plainEnd_) {
        if (finished_) {
            return 0;
        }
        try {
            openNext();
        } catch (...) {
            failure_ = std::current_exception();
            sodium_memzero(chunk_.data(), chunk_.size());
            throw;
        }
    }
    const std::size_t n = std::min(buffer.size(), plainEnd_ - plainBegin_);
    std::memcpy(buffer.data(), chunk_.data() + plainBegin_, n);
    plainBegin_ += n;
    return n;
}

void StreamDecryptor::openNext() {
    constexpr std::size_t kSealed = kChunkBytes + kTagBytes;
    std::size_t got = 0;
    if (lookAhead_) {
        // The previous chunk's plaintext is consumed; its look-ahead byte starts this one.
        chunk_[0] = chunk_[kSealed];
        got = 1;
    }
    got += readFully(in_, std::span(chunk_).subspan(got));
    if (got == chunk_.size()) {
        // More input follows: this must be a full, non-final chunk.
        if (!openChunk(key_, counter_, false, chunk_.data(), kSealed)) {
            throw payloadInvalid();
        }
        plainBegin_ = 0;
        plainEnd_ = kChunkBytes;
        lookAhead_ = true;
    } else {
        // The input ends here: this must be the final chunk, empty only if it is the first.
        if (got < kTagBytes || !openChunk(key_, counter_, true, chunk_.data(), got) ||
            (got == kTagBytes && counter_ != 0)) {
            throw payloadInvalid();
        }
        plainBegin_ = 0;
        plainEnd_ = got - kTagBytes;
        finished_ = true;
    }
    ++counter_;
}

}  // namespace baosong::crypto::age
