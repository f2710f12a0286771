#include "vault_keys.h"

#include <sodium.h>

#include "audit_log.h"
#include "base/app_error.h"
#include "crypto/crypto_error.h"
#include "crypto/sealed_secret.h"

namespace baosong::app {

namespace {
// Binds the sealed blob to its role and kind: a sealed reviewer key copied elsewhere, or
// the one key's blob put in the other's row, will not open.
constexpr std::string_view kReviewerContext = "baosong/reviewer-key/1";
constexpr std::string_view kReviewerSm2Context = "baosong/reviewer-key/sm2/1";

AppError missingKey(KeyRole role) {
    return AppError(ErrorKind::BadInput, "key_missing",
                    Text(role == KeyRole::Unit            ? "key_missing_unit"
                         : role == KeyRole::Reviewer      ? "key_missing_reviewer"
                         : role == KeyRole::OfficeReceive ? "key_missing_office_receive"
                                                          : "key_missing_grant"));
}

// The secret as the vault holds it, wiped when it goes out of scope.
struct WipedBytes {
    std::vector<std::uint8_t> bytes;
    ~WipedBytes() { sodium_memzero(bytes.data(), bytes.size()); }
};
}  // namespace

const char* roleName(KeyRole role) {
    switch (role) {
        case KeyRole::Unit:
            return "unit";
        case KeyRole::Reviewer:
            return "reviewer";
        case KeyRole::OfficeGrant:
            return "office_grant";
        case KeyRole::OfficeReceive:
            return "office_receive";
    }
    return "unknown";
}

std::string sm2RowName(KeyRole role) {
    return std::string(roleName(role)) + ".sm2";
}

void VaultKeys::store(const std::string& row, const std::string& keyId,
                      const std::string& publicKey, std::span<const std::uint8_t> secret,
                      bool sealed) {
    db_.prepare(
           "INSERT OR REPLACE INTO keys(role, key_id, public_key, secret, sealed, created) "
           "VALUES(?1, ?2, ?3, ?4, ?5, ?6)")
        .bind(1, row)
        .bind(2, keyId)
        .bind(3, publicKey)
        .bindBlob(4, secret)
        .bind(5, std::int64_t{sealed ? 1 : 0})
        .bind(6, utcNowRfc3339())
        .run();
}

std::vector<std::uint8_t> VaultKeys::sealReviewer(const crypto::SecretBuffer& secret,
                                                  const crypto::SecretBuffer& passphrase,
                                                  const crypto::Argon2idParams& params,
                                                  std::string_view context) {
    try {
        return crypto::SealedSecret::seal(secret, passphrase, params, context);
    } catch (const crypto::CryptoError& e) {
        throw AppError(ErrorKind::Problem, e.code(), libraryText("crypto", e));
    }
}

crypto::SecretBuffer VaultKeys::openReviewer(const std::string& row,
                                             const crypto::SecretBuffer& passphrase,
                                             std::string_view context) {
    bool sealed = false;
    const std::vector<std::uint8_t> blob = secretOf(row, KeyRole::Reviewer, sealed);
    try {
        return crypto::SealedSecret::open(blob, passphrase, context);
    } catch (const crypto::CryptoError& e) {
        if (e.code() == "wrong_passphrase" || e.code() == "passphrase_empty") {
            throw AppError(ErrorKind::Locked, "reviewer_wrong_passphrase",
                           Text("reviewer_wrong_passphrase"));
        }
        throw AppError(ErrorKind::BadInput, e.code(), libraryText("crypto", e));
    }
}

void VaultKeys::storePlainKey(KeyRole role, const crypto::MinisignSecretKey& key) {
    const crypto::SecretBuffer secret = key.toStorage();
    store(roleName(role), key.publicKey().keyIdHex(), key.publicKey().base64(), secret.bytes(),
          false);
}

void VaultKeys::storeReviewerKey(const crypto::MinisignSecretKey& key,
                                 const crypto::SecretBuffer& reviewerPassphrase,
                                 const crypto::Argon2idParams& params) {
    const auto sealed = sealReviewer(key.toStorage(), reviewerPassphrase, params, kReviewerContext);
    store(roleName(KeyRole::Reviewer), key.publicKey().keyIdHex(), key.publicKey().base64(), sealed,
          true);
}

void VaultKeys::storeSm2PlainKey(KeyRole role, const crypto::Sm2SecretKey& key) {
    store(sm2RowName(role), crypto::toHex(key.publicKey().fingerprint()), key.publicKey().pem(),
          key.storage().bytes(), false);
}

void VaultKeys::storeSm2ReviewerKey(const crypto::Sm2SecretKey& key,
                                    const crypto::SecretBuffer& reviewerPassphrase,
                                    const crypto::Argon2idParams& params) {
    const auto sealed = sealReviewer(crypto::SecretBuffer::copyOf(key.storage().bytes()),
                                     reviewerPassphrase, params, kReviewerSm2Context);
    store(sm2RowName(KeyRole::Reviewer), crypto::toHex(key.publicKey().fingerprint()),
          key.publicKey().pem(), sealed, true);
}

std::optional<KeyRecord> VaultKeys::recordOf(const std::string& row, KeyRole role) {
    auto stmt = db_.prepare("SELECT key_id, public_key, created, sealed FROM keys WHERE role = ?1");
    stmt.bind(1, row);
    if (!stmt.step()) {
        return std::nullopt;
    }
    return KeyRecord{role, stmt.text(0), stmt.text(1), stmt.text(2), stmt.integer(3) != 0};
}

std::optional<KeyRecord> VaultKeys::record(KeyRole role) {
    return recordOf(roleName(role), role);
}

std::optional<KeyRecord> VaultKeys::sm2Record(KeyRole role) {
    return recordOf(sm2RowName(role), role);
}

crypto::MinisignPublicKey VaultKeys::publicKey(KeyRole role) {
    const auto rec = record(role);
    if (!rec) {
        throw missingKey(role);
    }
    return crypto::MinisignPublicKey::fromBase64(rec->publicKey);
}

std::optional<crypto::Sm2PublicKey> VaultKeys::sm2PublicKey(KeyRole role) {
    const auto rec = sm2Record(role);
    if (!rec) {
        return std::nullopt;
    }
    return crypto::Sm2PublicKey::fromPem(rec->publicKey);
}

std::vector<std::uint8_t> VaultKeys::secretOf(const std::string& row, KeyRole role, bool& sealed) {
    auto stmt = db_.prepare("SELECT secret, sealed FROM keys WHERE role = ?1");
    stmt.bind(1, row);
    if (!stmt.step()) {
        throw missingKey(role);
    }
    sealed = stmt.integer(1) != 0;
    return stmt.blob(0);
}

crypto::MinisignSecretKey VaultKeys::plainSecretKey(KeyRole role) {
    bool sealed = false;
    WipedBytes secret{secretOf(roleName(role), role, sealed)};
    if (sealed) {
        throw missingKey(role);
    }
    return crypto::MinisignSecretKey::fromStorage(secret.bytes);
}

crypto::Sm2SecretKey VaultKeys::sm2PlainSecretKey(KeyRole role) {
    bool sealed = false;
    WipedBytes secret{secretOf(sm2RowName(role), role, sealed)};
    if (sealed) {
        throw missingKey(role);
    }
    try {
        return crypto::Sm2SecretKey::fromStorage(secret.bytes);
    } catch (const crypto::CryptoError& e) {
        throw AppError(ErrorKind::BadInput, e.code(), libraryText("crypto", e));
    }
}

crypto::MinisignSecretKey VaultKeys::reviewerSecretKey(
    const crypto::SecretBuffer& reviewerPassphrase) {
    const crypto::SecretBuffer plain =
        openReviewer(roleName(KeyRole::Reviewer), reviewerPassphrase, kReviewerContext);
    try {
        return crypto::MinisignSecretKey::fromStorage(plain.bytes());
    } catch (const crypto::CryptoError& e) {
        throw AppError(ErrorKind::BadInput, e.code(), libraryText("crypto", e));
    }
}

crypto::Sm2SecretKey VaultKeys::sm2ReviewerSecretKey(
    const crypto::SecretBuffer& reviewerPassphrase) {
    const crypto::SecretBuffer plain =
        openReviewer(sm2RowName(KeyRole::Reviewer), reviewerPassphrase, kReviewerSm2Context);
    try {
        return crypto::Sm2SecretKey::fromStorage(plain.bytes());
    } catch (const crypto::CryptoError& e) {
        throw AppError(ErrorKind::BadInput, e.code(), libraryText("crypto", e));
    }
}

}  // namespace baosong::app
