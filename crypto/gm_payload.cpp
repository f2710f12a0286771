#include "gm_payload.h"

#include <sodium.h>

#include <algorithm>

#include "crypto_error.h"
#include "sodium_runtime.h"

namespace baosong::crypto {

namespace {
constexpr std::size_t kChunk = 1 << 16;
}  // namespace

GmFileKey GmFileKey::generate() {
    requireSodium();
    SecretBuffer bytes(kSize);
    randombytes_buf(bytes.data(), bytes.size());
    return GmFileKey(std::move(bytes));
}

Sm4Iv randomSm4Iv() {
    requireSodium();
    Sm4Iv iv{};
    randombytes_buf(iv.data(), iv.size());
    return iv;
}

GmFileKey GmFileKey::fromBytes(SecretBuffer bytes) {
    if (bytes.size() != kSize) {
        throw CryptoError("file_key_invalid", "文件密钥长度不对（应为 48 字节），报送包可能被改动");
    }
    return GmFileKey(std::move(bytes));
}

GmPayloadEncryptor::GmPayloadEncryptor(const GmFileKey& key, const Sm4Iv& iv, ByteSink& out)
    : cipher_(Sm4Cbc::Direction::Encrypt, key.sm4Key(), iv), out_(out) {}

void GmPayloadEncryptor::write(std::span<const std::uint8_t> bytes) {
    while (!bytes.empty()) {
        const std::span<const std::uint8_t> piece = bytes.first(std::min(bytes.size(), kChunk));
        buffer_.clear();
        cipher_.update(piece, buffer_);
        out_.write(buffer_);
        bytes = bytes.subspan(piece.size());
    }
}

void GmPayloadEncryptor::finish() {
    buffer_.clear();
    cipher_.finish(buffer_);
    out_.write(buffer_);
}

GmPayloadMac::GmPayloadMac(const GmFileKey& key, const Sm4Iv& iv) : mac_(key.macKey()) {
    mac_.update(iv);
}

GmPayloadWriter::GmPayloadWriter(const GmFileKey& key, const Sm4Iv& iv, ByteSink& out)
    : mac_(key, iv), both_(mac_, out), encryptor_(key, iv, both_) {}

Sm3Digest GmPayloadWriter::finish() {
    encryptor_.finish();
    return mac_.finish();
}

GmPayloadCheck::GmPayloadCheck(const GmFileKey& key, const Sm4Iv& iv)
    : key_(key), iv_(iv), hmac_(key.macKey()) {
    hmac_.update(iv_);
}

void GmPayloadCheck::update(std::span<const std::uint8_t> ciphertext) {
    hmac_.update(ciphertext);
    count_ += ciphertext.size();
}

CheckedPayload GmPayloadCheck::finish(std::span<const std::uint8_t> mac) {
    const Sm3Digest computed = hmac_.finish();
    if (count_ == 0 || count_ % Sm4Cbc::kBlock != 0 || mac.size() != computed.size() ||
        sodium_memcmp(computed.data(), mac.data(), computed.size()) != 0) {
        throw CryptoError("payload_mac_invalid",
                          "报送包内容的校验码（HMAC-SM3）不符：内容被改动或截断，未解密任何内容");
    }
    return CheckedPayload(key_, iv_, computed);
}

GmPayloadSource::GmPayloadSource(CheckedPayload checked, ByteSource& ciphertext)
    : checked_(std::move(checked)),
      ciphertext_(ciphertext),
      cipher_(Sm4Cbc::Direction::Decrypt, checked_.key_.sm4Key(), checked_.iv_),
      mac_(checked_.key_.macKey()),
      in_(kChunk) {
    mac_.update(checked_.iv_);
}

bool GmPayloadSource::refill() {
    plain_.clear();
    plainAt_ = 0;
    while (plain_.empty() && !ended_) {
        const std::size_t got = ciphertext_.read(in_);
        if (got == 0) {
            ended_ = true;
            cipher_.finish(plain_);
            if (sodium_memcmp(mac_.finish().data(), checked_.mac_.data(), checked_.mac_.size()) !=
                0) {
                throw CryptoError("payload_changed",
                                  "报送包在两次读取之间被改动，已解出的内容作废");
            }
            break;
        }
        const std::span<const std::uint8_t> piece(in_.data(), got);
        mac_.update(piece);
        cipher_.update(piece, plain_);
    }
    return !plain_.empty();
}

std::size_t GmPayloadSource::read(std::span<std::uint8_t> buffer) {
    if (plainAt_ == plain_.size() && !refill()) {
        return 0;
    }
    const std::size_t n = std::min(buffer.size(), plain_.size() - plainAt_);
    std::copy_n(plain_.data() + plainAt_, n, buffer.data());
    plainAt_ += n;
    return n;
}

}  // namespace baosong::crypto
