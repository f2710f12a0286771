#include "vault_init.h"

#include <nlohmann/json.hpp>

#include "base/app_error.h"
#include "key_fingerprint.h"
#include "passphrase_rules.h"
#include "reviewer_name.h"
#include "store/audit_log.h"
#include "store/vault_keys.h"

namespace baosong::app {

Vault initVault(const VaultInitRequest& request, const crypto::SecretBuffer& vaultPassphrase,
                const crypto::SecretBuffer& reviewerPassphrase) {
    validateIdentity(request.identity);
    if (!request.reviewerName.empty()) {
        validateReviewerName(request.reviewerName);
    }
    requireAcceptableNewPassphrase(vaultPassphrase, "passphrase_vault");
    requireAcceptableNewPassphrase(reviewerPassphrase, "passphrase_reviewer");
    if (vaultPassphrase.equals(reviewerPassphrase)) {
        throw AppError(ErrorKind::BadInput, "passphrases_equal", Text("passphrases_equal"));
    }
    const auto unitKey = crypto::MinisignSecretKey::generate();
    const auto reviewerKey = crypto::MinisignSecretKey::generate();
    // Both profiles' keys from the start (bundle-gm.md "Keys"): the profile a unit seals
    // in follows the office keys it imports, and the reviewer's SM2 key must be sealed
    // under the reviewer passphrase, which only init and the reviewer's own actions have.
    const auto unitSm2 = crypto::Sm2SecretKey::generate();
    const auto reviewerSm2 = crypto::Sm2SecretKey::generate();
    return Vault::create(request.path, vaultPassphrase, request.kdf, [&](SqliteDatabase& db) {
        storeIdentity(db, request.identity);
        if (!request.reviewerName.empty()) {
            storeReviewerName(db, request.reviewerName);
        }
        VaultKeys keys(db);
        keys.storeUnitKey(unitKey);
        keys.storeReviewerKey(reviewerKey, reviewerPassphrase, request.kdf);
        keys.storeSm2PlainKey(KeyRole::Unit, unitSm2);
        keys.storeSm2ReviewerKey(reviewerSm2, reviewerPassphrase, request.kdf);
        const nlohmann::json detail = {
            {"campaign", request.identity.campaign},
            {"channel", request.identity.channel},
            {"unit_id", request.identity.unitId},
            {"unit_key", fingerprintOf(unitKey.publicKey()).fingerprint},
            {"reviewer_key", fingerprintOf(reviewerKey.publicKey()).fingerprint},
            {"unit_key_sm2", crypto::toHex(unitSm2.publicKey().fingerprint())},
            {"reviewer_key_sm2", crypto::toHex(reviewerSm2.publicKey().fingerprint())},
            {"kdf",
             {{"algorithm", "argon2id13"},
              {"passes", request.kdf.passes},
              {"memory_bytes", request.kdf.memoryBytes}}}};
        AuditLog(db).append(request.actor, "vault.init", detail.dump());
    });
}

}  // namespace baosong::app
