#include "minisign_signature.h"

#include <algorithm>
#include <vector>

#include "base64.h"
#include "crypto_error.h"
#include "minisign_text.h"
#include "sodium_runtime.h"

namespace baosong::crypto {

namespace {
// minisign's own limits (minisign.h: COMMENTMAXBYTES, TRUSTEDCOMMENTMAXBYTES).
constexpr std::size_t kCommentMaxBytes = 1024;
constexpr std::size_t kTrustedCommentMaxBytes = 8192;

CryptoError malformed() {
    return CryptoError("signature_malformed", "签名文件格式不正确（应为 minisign 签名）");
}

}  // namespace

std::vector<std::uint8_t> minisignGlobalMessage(const Ed25519Signature& signature,
                                                std::string_view trustedComment) {
    std::vector<std::uint8_t> part(signature.begin(), signature.end());
    part.insert(part.end(), trustedComment.begin(), trustedComment.end());
    return part;
}

MinisignPrehash::MinisignPrehash() {
    requireSodium();
    crypto_generichash_init(&state_, nullptr, 0, 64);
}

MinisignPrehash& MinisignPrehash::update(std::span<const std::uint8_t> bytes) {
    crypto_generichash_update(&state_, bytes.data(), bytes.size());
    return *this;
}

Blake2b512Digest MinisignPrehash::finish() {
    Blake2b512Digest digest{};
    crypto_generichash_final(&state_, digest.data(), digest.size());
    return digest;
}

Blake2b512Digest MinisignPrehash::of(std::span<const std::uint8_t> message) {
    return MinisignPrehash().update(message).finish();
}

MinisignSignature MinisignSignature::parse(std::string_view text) {
    const auto lines = minisignLines(text);
    if (lines.size() != 4) {
        throw malformed();
    }
    MinisignSignature sig;
    sig.untrustedComment = afterPrefix(lines[0], kUntrustedCommentPrefix, "signature_malformed");
    sig.trustedComment = afterPrefix(lines[2], kTrustedCommentPrefix, "signature_malformed");
    if (sig.untrustedComment.size() > kCommentMaxBytes ||
        sig.trustedComment.size() > kTrustedCommentMaxBytes) {
        throw malformed();
    }
    std::vector<std::uint8_t> body;
    std::vector<std::uint8_t> global;
    try {
        body = base64Decode(lines[1]);
        global = base64Decode(lines[3]);
    } catch (const CryptoError&) {
        throw malformed();
    }
    if (body.size() != 2 + 8 + 64 || global.size() != 64) {
        throw malformed();
    }
    if (body[0] == 'E' && body[1] == 'd') {
        throw CryptoError("signature_legacy",
                          "签名使用了旧的非预哈希格式（Ed），请用 minisign 0.8 以后的版本重新签名");
    }
    if (body[0] != 'E' || body[1] != 'D') {
        throw malformed();
    }
    std::copy_n(body.begin() + 2, 8, sig.keyId.begin());
    std::copy_n(body.begin() + 10, 64, sig.signature.begin());
    std::copy(global.begin(), global.end(), sig.globalSignature.begin());
    return sig;
}

std::string MinisignSignature::fileText() const {
    std::vector<std::uint8_t> body{'E', 'D'};
    body.insert(body.end(), keyId.begin(), keyId.end());
    body.insert(body.end(), signature.begin(), signature.end());
    return std::string(kUntrustedCommentPrefix) + untrustedComment + "\n" + base64Encode(body) +
           "\n" + std::string(kTrustedCommentPrefix) + trustedComment + "\n" +
           base64Encode(globalSignature) + "\n";
}

void verifyMinisign(const MinisignPublicKey& key, const Blake2b512Digest& prehash,
                    const MinisignSignature& signature) {
    requireSodium();
    if (signature.keyId != key.keyId()) {
        throw CryptoError("signature_key_mismatch", "签名不是由该公钥（密钥 ID " + key.keyIdHex() +
                                                        "）生成的，而是密钥 ID " +
                                                        minisignKeyIdHex(signature.keyId));
    }
    if (crypto_sign_verify_detached(signature.signature.data(), prehash.data(), prehash.size(),
                                    key.key().data()) != 0) {
        throw CryptoError("signature_invalid", "签名验证失败：文件内容或签名已被改动");
    }
    const auto trusted = minisignGlobalMessage(signature.signature, signature.trustedComment);
    if (crypto_sign_verify_detached(signature.globalSignature.data(), trusted.data(),
                                    trusted.size(), key.key().data()) != 0) {
        throw CryptoError("trusted_comment_invalid", "签名中的可信注释已被改动");
    }
}

void verifyMinisign(const MinisignPublicKey& key, std::span<const std::uint8_t> message,
                    const MinisignSignature& signature) {
    verifyMinisign(key, MinisignPrehash::of(message), signature);
}

}  // namespace baosong::crypto
