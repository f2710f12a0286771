#include "minisign_public_key.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#include "base64.h"
#include "crypto_error.h"
#include "little_endian.h"
#include "minisign_text.h"

namespace baosong::crypto {

namespace {
constexpr std::size_t kEncodedBytes = 2 + 8 + 32;

CryptoError invalid() {
    return CryptoError("public_key_invalid", "公钥格式不正确（应为 minisign 公钥，以 RW 开头）");
}
}  // namespace

MinisignPublicKey MinisignPublicKey::fromBase64(std::string_view text) {
    std::vector<std::uint8_t> raw;
    try {
        raw = base64Decode(text);
    } catch (const CryptoError&) {
        throw invalid();
    }
    if (raw.size() != kEncodedBytes || raw[0] != 'E' || raw[1] != 'd') {
        throw invalid();
    }
    MinisignKeyId id{};
    Ed25519PublicKey key{};
    std::copy_n(raw.begin() + 2, id.size(), id.begin());
    std::copy_n(raw.begin() + 10, key.size(), key.begin());
    return {id, key};
}

MinisignPublicKey MinisignPublicKey::fromText(std::string_view text) {
    const auto lines = minisignLines(text);
    if (lines.size() == 1) {
        return fromBase64(lines[0]);
    }
    if (lines.size() != 2 || !lines[0].starts_with(kUntrustedCommentPrefix)) {
        throw invalid();
    }
    return fromBase64(lines[1]);
}

std::vector<std::uint8_t> MinisignPublicKey::encoded() const {
    std::vector<std::uint8_t> raw{'E', 'd'};
    raw.insert(raw.end(), keyId_.begin(), keyId_.end());
    raw.insert(raw.end(), key_.begin(), key_.end());
    return raw;
}

std::string MinisignPublicKey::base64() const {
    return base64Encode(encoded());
}

Sha256Digest MinisignPublicKey::fingerprint() const {
    return Sha256::of(encoded());
}

std::string MinisignPublicKey::fileText() const {
    return std::string(kUntrustedCommentPrefix) + "minisign public key " + keyIdHex() + "\n" +
           base64() + "\n";
}

std::string MinisignPublicKey::keyIdHex() const {
    return minisignKeyIdHex(keyId_);
}

std::string minisignKeyIdHex(const MinisignKeyId& keyId) {
    const auto value = loadLittleEndian<std::uint64_t>(keyId);
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llX", static_cast<unsigned long long>(value));
    return hex;
}

}  // namespace baosong::crypto
