#pragma once
// The name the security reviewer goes by in everything that leaves the unit (review.json's
// decisions and approvals, the sign-off the office sees): set by the reviewer and kept in
// the vault's settings. Never the OS login, which names a machine account and would leave
// with every decision. Until one is set, the role: "保密审查员".

#include <string>

#include "crypto/minisign_secret_key.h"
#include "store/vault.h"

namespace baosong::app {

std::string reviewerName(SqliteDatabase& db);

// Throws AppError (BadInput) "reviewer_name_invalid": empty, over 40 characters, or a
// control character.
void validateReviewerName(const std::string& name);

// Only the reviewer names themself: reviewerKey must be the vault's reviewer key
// ("reviewer_key_mismatch"). Audited; the name applies to decisions from now on.
void setReviewerName(Vault& vault, const std::string& name,
                     const crypto::MinisignSecretKey& reviewerKey, const std::string& actor);

// The reviewer key given must be the vault's own reviewer key: the whole public key is
// compared, since a key id is chosen freely by whoever makes a key (bundle.md "Keys").
// Throws AppError (Locked) "reviewer_key_mismatch".
void requireVaultReviewer(SqliteDatabase& db, const crypto::MinisignSecretKey& key);

// Inside vault creation: the name given at `vault init --reviewer-name`.
void storeReviewerName(SqliteDatabase& db, const std::string& name);

}  // namespace baosong::app
