#include "age_x25519.h"

#include <sodium.h>

#include <algorithm>

#include "age_error.h"
#include "age_file_key.h"
#include "base64.h"
#include "bech32.h"
#include "hkdf_sha256.h"
#include "sodium_runtime.h"

namespace baosong::crypto::age {

namespace {
constexpr std::string_view kRecipientHrp = "age";
constexpr std::string_view kIdentityHrp = "AGE-SECRET-KEY-";
constexpr std::string_view kStanzaType = "X25519";
constexpr std::string_view kWrapInfo = "age-encryption.org/v1/X25519";
constexpr std::size_t kKeyBytes = 32;
static_assert(crypto_scalarmult_BYTES == kKeyBytes && crypto_scalarmult_SCALARBYTES == kKeyBytes);

CryptoError recipientInvalid() {
    return CryptoError("age_recipient_invalid",
                       "收件人公钥格式不正确（应为以 age1 开头的 age 公钥）");
}

CryptoError identityInvalid() {
    return CryptoError("age_identity_invalid",
                       "私钥格式不正确（应为以 AGE-SECRET-KEY-1 开头的 age 私钥）");
}

SecretBuffer wrapKey(const SecretBuffer& sharedSecret, std::span<const std::uint8_t> share,
                     const X25519PublicKey& recipient) {
    std::array<std::uint8_t, 2 * kKeyBytes> salt{};
    std::copy(share.begin(), share.end(), salt.begin());
    std::copy(recipient.begin(), recipient.end(), salt.begin() + kKeyBytes);
    return hkdfSha256(sharedSecret.bytes(), salt, kWrapInfo, 32);
}
}  // namespace

X25519Recipient X25519Recipient::parse(std::string_view text) {
    try {
        const auto decoded = bech32Decode(text);
        if (decoded.hrp != kRecipientHrp || decoded.data.size() != kKeyBytes) {
            throw recipientInvalid();
        }
        X25519PublicKey key{};
        std::copy(decoded.data.bytes().begin(), decoded.data.bytes().end(), key.begin());
        return X25519Recipient(key);
    } catch (const CryptoError&) {
        throw recipientInvalid();
    }
}

std::string X25519Recipient::text() const {
    return bech32Encode(kRecipientHrp, publicKey_);
}

Stanza X25519Recipient::wrap(const SecretBuffer& fileKey) const {
    requireSodium();
    SecretBuffer ephemeral(kKeyBytes);
    randombytes_buf(ephemeral.data(), ephemeral.size());
    std::vector<std::uint8_t> share(kKeyBytes);
    crypto_scalarmult_base(share.data(), ephemeral.data());
    SecretBuffer shared(kKeyBytes);
    if (crypto_scalarmult(shared.data(), ephemeral.data(), publicKey_.data()) != 0) {
        // A low-order public key: nobody could open the stanza.
        throw recipientInvalid();
    }
    return Stanza{{std::string(kStanzaType), base64EncodeUnpadded(share)},
                  wrapFileKey(wrapKey(shared, share, publicKey_), fileKey)};
}

X25519Identity::X25519Identity(SecretBuffer secret) : secret_(std::move(secret)) {
    crypto_scalarmult_base(publicKey_.data(), secret_.data());
}

X25519Identity X25519Identity::generate() {
    requireSodium();
    SecretBuffer secret(kKeyBytes);
    randombytes_buf(secret.data(), secret.size());
    return X25519Identity(std::move(secret));
}

X25519Identity X25519Identity::parse(std::string_view text) {
    requireSodium();
    try {
        auto decoded = bech32Decode(text);
        if (decoded.hrp != kIdentityHrp || decoded.data.size() != kKeyBytes) {
            throw identityInvalid();
        }
        return X25519Identity(std::move(decoded.data));
    } catch (const CryptoError&) {
        throw identityInvalid();
    }
}

SecretBuffer X25519Identity::text() const {
    return bech32EncodeSecret("age-secret-key-", secret_.bytes(), Bech32Case::upper);
}

std::optional<SecretBuffer> X25519Identity::unwrap(const std::vector<Stanza>& stanzas) const {
    for (const auto& stanza : stanzas) {
        if (!isX25519Stanza(stanza)) {
            continue;
        }
        checkX25519Stanza(stanza);
        const auto share = base64DecodeUnpadded(stanza.args[1]);
        SecretBuffer shared(kKeyBytes);
        // libsodium refuses low-order points and an all-zero result with -1.
        if (crypto_scalarmult(shared.data(), secret_.data(), share.data()) != 0 ||
            sodium_is_zero(shared.data(), shared.size()) != 0) {
            throw headerInvalid();
        }
        if (auto fileKey = unwrapFileKey(wrapKey(shared, share, publicKey_), stanza.body)) {
            return fileKey;
        }
    }
    return std::nullopt;
}

bool isX25519Stanza(const Stanza& stanza) {
    return !stanza.args.empty() && stanza.args[0] == kStanzaType;
}

void checkX25519Stanza(const Stanza& stanza) {
    if (stanza.args.size() != 2 || stanza.body.size() != kWrappedFileKeyBytes) {
        throw headerInvalid();
    }
    try {
        if (base64DecodeUnpadded(stanza.args[1]).size() != kKeyBytes) {
            throw headerInvalid();
        }
    } catch (const CryptoError&) {
        throw headerInvalid();
    }
}

}  // namespace baosong::crypto::age
