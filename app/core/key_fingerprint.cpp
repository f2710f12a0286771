#include "key_fingerprint.h"

#include <cctype>

#include "crypto/sha256.h"

namespace baosong::app {

KeyFingerprint fingerprintOf(const crypto::MinisignPublicKey& key) {
    const std::string hex = crypto::toHex(key.fingerprint());
    return {key.keyIdHex(), hex, groupInFours(hex), key.base64(), "SHA-256"};
}

KeyFingerprint fingerprintOf(const crypto::Sm2PublicKey& key) {
    const std::string hex = crypto::toHex(key.fingerprint());
    return {"", hex, groupInFours(hex), key.pem(), "SM3"};
}

std::string groupInFours(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i > 0 && i % 4 == 0) {
            out += ' ';
        }
        out += text[i];
    }
    return out;
}

std::string fingerprintOnTwoLines(const KeyFingerprint& key) {
    const std::size_t half = key.fingerprint.size() / 2;
    return groupInFours(std::string_view(key.fingerprint).substr(0, half)) + "\n" +
           groupInFours(std::string_view(key.fingerprint).substr(half));
}

bool sameFingerprint(const KeyFingerprint& key, std::string_view typed) {
    std::string digits;
    for (const char c : typed) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            continue;
        }
        digits += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return digits == key.fingerprint;
}

}  // namespace baosong::app
