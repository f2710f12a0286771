#include "reviewer_name.h"

#include <nlohmann/json.hpp>

#include "base/app_error.h"
#include "policy/chinese_text.h"
#include "policy/control_characters.h"
#include "review_voiding.h"
#include "store/audit_log.h"
#include "store/vault_keys.h"
#include "store/vault_meta.h"

namespace baosong::app {

namespace {
constexpr const char* kKey = "reviewer_name";
constexpr std::size_t kMaxCharacters = 40;
}  // namespace

std::string reviewerName(SqliteDatabase& db) {
    return VaultMeta(db).get(kKey).value_or("保密审查员");
}

void validateReviewerName(const std::string& name) {
    const auto length = policy::countCodePoints(name);
    if (name.empty() || !length || *length > kMaxCharacters ||
        policy::forbiddenCharacter(name, policy::TextKind::Line)) {
        throw AppError(ErrorKind::BadInput, "reviewer_name_invalid",
                       Text("reviewer_name_invalid").with("max", std::to_string(kMaxCharacters)));
    }
}

void requireVaultReviewer(SqliteDatabase& db, const crypto::MinisignSecretKey& key) {
    const auto record = VaultKeys(db).record(KeyRole::Reviewer);
    if (!record || record->publicKey != key.publicKey().base64()) {
        throw AppError(ErrorKind::Locked, "reviewer_key_mismatch", Text("reviewer_key_mismatch"));
    }
}

void storeReviewerName(SqliteDatabase& db, const std::string& name) {
    validateReviewerName(name);
    VaultMeta(db).put(kKey, name);
}

void setReviewerName(Vault& vault, const std::string& name,
                     const crypto::MinisignSecretKey& reviewerKey, const std::string& actor) {
    SqliteDatabase& db = vault.db();
    requireVaultReviewer(db, reviewerKey);
    SqliteTransaction tx(db);
    storeReviewerName(db, name);
    AuditLog(db).append(actor, "review.name", nlohmann::json{{"name", name}}.dump());
    // review.json names the reviewer: a sign-off over the old name no longer covers it.
    reconsiderSignOff(db, actor, "review.name");
    tx.commit();
}

}  // namespace baosong::app
