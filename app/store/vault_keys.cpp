#include "vault_keys.h"

#include <sodium.h>

#include "audit_log.h"
#include "base/app_error.h"
#include "crypto/crypto_error.h"
#include "crypto/sealed_secret.h"

namespace baosong::app {

namespace {
// Binds the sealed blob to its role: a sealed reviewer key copied elsewhere will not open.
constexpr std::string_view kReviewerContext = "baosong/reviewer-key/1";

AppError missingKey(KeyRole role) {
    return AppError(ErrorKind::BadInput, "key_missing",
                    Text(role == KeyRole::Unit       ? "key_missing_unit"
                         : role == KeyRole::Reviewer ? "key_missing_reviewer"
                                                     : "key_missing_grant"));
}
}  // namespace

const char* roleName(KeyRole role) {
    switch (role) {
        case KeyRole::Unit:
            return "unit";
        case KeyRole::Reviewer:
            return "reviewer";
        case KeyRole::OfficeGrant:
            return "office_grant";
    }
    return "unknown";
}

void VaultKeys::store(KeyRole role, const crypto::MinisignSecretKey& key,
                      std::span<const std::uint8_t> secret, bool sealed) {
    const auto pub = key.publicKey();
    db_.prepare(
           "INSERT OR REPLACE INTO keys(role, key_id, public_key, secret, sealed, created) "
           "VALUES(?1, ?2, ?3, ?4, ?5, ?6)")
        .bind(1, roleName(role))
        .bind(2, pub.keyIdHex())
        .bind(3, pub.base64())
        .bindBlob(4, secret)
        .bind(5, std::int64_t{sealed ? 1 : 0})
        .bind(6, utcNowRfc3339())
        .run();
}

void VaultKeys::storePlainKey(KeyRole role, const crypto::MinisignSecretKey& key) {
    const crypto::SecretBuffer secret = key.toStorage();
    store(role, key, secret.bytes(), false);
}

void VaultKeys::storeReviewerKey(const crypto::MinisignSecretKey& key,
                                 const crypto::SecretBuffer& reviewerPassphrase,
                                 const crypto::Argon2idParams& params) {
    std::vector<std::uint8_t> sealed;
    try {
        sealed = crypto::SealedSecret::seal(key.toStorage(), reviewerPassphrase, params,
                                            kReviewerContext);
    } catch (const crypto::CryptoError& e) {
        throw AppError(ErrorKind::Problem, e.code(), libraryText("crypto", e));
    }
    store(KeyRole::Reviewer, key, sealed, true);
}

std::optional<KeyRecord> VaultKeys::record(KeyRole role) {
    auto stmt = db_.prepare("SELECT key_id, public_key, created, sealed FROM keys WHERE role = ?1");
    stmt.bind(1, roleName(role));
    if (!stmt.step()) {
        return std::nullopt;
    }
    return KeyRecord{role, stmt.text(0), stmt.text(1), stmt.text(2), stmt.integer(3) != 0};
}

crypto::MinisignPublicKey VaultKeys::publicKey(KeyRole role) {
    const auto rec = record(role);
    if (!rec) {
        throw missingKey(role);
    }
    return crypto::MinisignPublicKey::fromBase64(rec->publicKey);
}

std::vector<std::uint8_t> VaultKeys::secretOf(KeyRole role, bool& sealed) {
    auto stmt = db_.prepare("SELECT secret, sealed FROM keys WHERE role = ?1");
    stmt.bind(1, roleName(role));
    if (!stmt.step()) {
        throw missingKey(role);
    }
    sealed = stmt.integer(1) != 0;
    return stmt.blob(0);
}

crypto::MinisignSecretKey VaultKeys::plainSecretKey(KeyRole role) {
    bool sealed = false;
    std::vector<std::uint8_t> secret = secretOf(role, sealed);
    if (sealed) {
        throw missingKey(role);
    }
    auto key = crypto::MinisignSecretKey::fromStorage(secret);
    sodium_memzero(secret.data(), secret.size());
    return key;
}

crypto::MinisignSecretKey VaultKeys::reviewerSecretKey(
    const crypto::SecretBuffer& reviewerPassphrase) {
    bool sealed = false;
    const std::vector<std::uint8_t> blob = secretOf(KeyRole::Reviewer, sealed);
    try {
        const crypto::SecretBuffer plain =
            crypto::SealedSecret::open(blob, reviewerPassphrase, kReviewerContext);
        return crypto::MinisignSecretKey::fromStorage(plain.bytes());
    } catch (const crypto::CryptoError& e) {
        if (e.code() == "wrong_passphrase" || e.code() == "passphrase_empty") {
            throw AppError(ErrorKind::Locked, "reviewer_wrong_passphrase",
                           Text("reviewer_wrong_passphrase"));
        }
        throw AppError(ErrorKind::BadInput, e.code(), libraryText("crypto", e));
    }
}

}  // namespace baosong::app
