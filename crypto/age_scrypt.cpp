#include "age_scrypt.h"

#include <sodium.h>

#include <algorithm>
#include <string>
#include <string_view>

#include "age_error.h"
#include "age_file_key.h"
#include "base64.h"
#include "sodium_runtime.h"

namespace baosong::crypto::age {

namespace {
constexpr std::string_view kStanzaType = "scrypt";
constexpr std::string_view kSaltLabel = "age-encryption.org/v1/scrypt";
constexpr std::size_t kSaltBytes = 16;
constexpr std::uint32_t kBlockSize = 8;    // r
constexpr std::uint32_t kParallelism = 1;  // p

void checkWorkFactor(int log2) {
    if (log2 < 1 || log2 > kMaxWorkFactorLog2) {
        throw CryptoError("kdf_params_invalid", "密钥派生参数（scrypt 工作因子）超出允许范围");
    }
}

// The decimal work factor: no sign, no leading zero, no other character (C2SP age,
// "scrypt recipient stanza"). Returns 0 when it is not one.
int parseWorkFactor(std::string_view text) {
    if (text.empty() || text.size() > 2 || text[0] < '1' || text[0] > '9' ||
        !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return 0;
    }
    int value = 0;
    for (const char c : text) {
        value = value * 10 + (c - '0');
    }
    return value <= kMaxWorkFactorLog2 ? value : 0;
}

SecretBuffer wrapKey(const SecretBuffer& passphrase, std::span<const std::uint8_t> salt,
                     int workFactorLog2) {
    requireSodium();
    std::vector<std::uint8_t> labelledSalt(kSaltLabel.begin(), kSaltLabel.end());
    labelledSalt.insert(labelledSalt.end(), salt.begin(), salt.end());
    SecretBuffer key(32);
    if (crypto_pwhash_scryptsalsa208sha256_ll(passphrase.data(), passphrase.size(),
                                              labelledSalt.data(), labelledSalt.size(),
                                              std::uint64_t{1} << workFactorLog2, kBlockSize,
                                              kParallelism, key.data(), key.size()) != 0) {
        throw CryptoError("kdf_out_of_memory", "内存不足，无法完成口令密钥派生（scrypt）");
    }
    return key;
}
}  // namespace

ScryptRecipient::ScryptRecipient(SecretBuffer passphrase, int workFactorLog2)
    : passphrase_(std::move(passphrase)), workFactorLog2_(workFactorLog2) {
    if (passphrase_.empty()) {
        throw CryptoError("passphrase_empty", "口令不能为空");
    }
    checkWorkFactor(workFactorLog2);
}

Stanza ScryptRecipient::wrap(const SecretBuffer& fileKey) const {
    requireSodium();
    std::vector<std::uint8_t> salt(kSaltBytes);
    randombytes_buf(salt.data(), salt.size());
    return Stanza{
        {std::string(kStanzaType), base64EncodeUnpadded(salt), std::to_string(workFactorLog2_)},
        wrapFileKey(wrapKey(passphrase_, salt, workFactorLog2_), fileKey)};
}

ScryptIdentity::ScryptIdentity(SecretBuffer passphrase, int maxWorkFactorLog2)
    : passphrase_(std::move(passphrase)), maxWorkFactorLog2_(maxWorkFactorLog2) {
    checkWorkFactor(maxWorkFactorLog2);
}

std::optional<SecretBuffer> ScryptIdentity::unwrap(const std::vector<Stanza>& stanzas) const {
    for (const auto& stanza : stanzas) {
        if (!isScryptStanza(stanza)) {
            continue;
        }
        checkScryptStanza(stanza);
        if (stanzas.size() != 1) {
            throw headerInvalid();
        }
        const int workFactor = parseWorkFactor(stanza.args[2]);
        if (workFactor > maxWorkFactorLog2_) {
            throw headerInvalid();
        }
        const auto salt = base64DecodeUnpadded(stanza.args[1]);
        return unwrapFileKey(wrapKey(passphrase_, salt, workFactor), stanza.body);
    }
    return std::nullopt;
}

bool isScryptStanza(const Stanza& stanza) {
    return !stanza.args.empty() && stanza.args[0] == kStanzaType;
}

void checkScryptStanza(const Stanza& stanza) {
    if (stanza.args.size() != 3 || stanza.body.size() != kWrappedFileKeyBytes ||
        parseWorkFactor(stanza.args[2]) == 0) {
        throw headerInvalid();
    }
    try {
        if (base64DecodeUnpadded(stanza.args[1]).size() != kSaltBytes) {
            throw headerInvalid();
        }
    } catch (const CryptoError&) {
        throw headerInvalid();
    }
}

}  // namespace baosong::crypto::age
