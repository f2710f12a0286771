#include "review_record.h"

#include <nlohmann/json.hpp>

#include "base/app_error.h"
#include "intake/removed_metadata.h"
#include "key_fingerprint.h"
#include "reviewer_name.h"
#include "store/photo_metadata_store.h"
#include "store/review_store.h"
#include "store/submission_store.h"
#include "store/vault_keys.h"

namespace baosong::app {

std::string reviewRecordJson(SqliteDatabase& db,
                             const std::map<std::string, std::string>& bagPaths) {
    using nlohmann::ordered_json;
    ReviewStore reviews(db);
    ordered_json flags = ordered_json::array();
    for (const ReviewDecision& d : reviews.decisions()) {
        ordered_json f;
        f["id"] = d.flagId;
        f["category"] = d.category;
        f["rule"] = d.rule;
        f["candidate"] = d.candidate ? ordered_json(*d.candidate) : ordered_json();
        f["field"] = d.field;
        f["decision"] = d.decision;
        if (d.decision == "cleared") {
            f["text"] = d.text;
        } else if (d.decision == "redacted") {
            f["replacement"] = d.replacement;
        }
        f["note"] = d.note;
        f["decided_at"] = d.decidedAt;
        flags.push_back(f);
    }
    std::map<std::string, ReviewApproval> approvals;
    for (const ReviewApproval& a : reviews.approvals()) {
        approvals[a.sha256] = a;
    }
    ordered_json items = ordered_json::array();
    PhotoMetadataStore metadata(db);
    for (const StoredFile& f : SubmissionStore(db).files()) {
        const auto bag = bagPaths.find(f.path);
        if (bag == bagPaths.end() || bag->second.starts_with("授权/")) {
            continue;
        }
        ordered_json item;
        item["path"] = bag->second;
        item["sha256"] = f.sha256;
        const auto approval = approvals.find(f.sha256);
        item["approved_at"] = approval == approvals.end()
                                  ? ordered_json()
                                  : ordered_json(approval->second.approvedAt);
        const auto removed = metadata.removed(f.sha256);
        if (!removed) {
            item["metadata_removed"] = ordered_json();
        } else if (const auto kinds = intake::removedKinds(*removed)) {
            item["metadata_removed"] = *kinds;
        } else {
            // Never signed as "nothing was removed" when what was removed cannot be read.
            throw AppError(ErrorKind::Problem, "vault_damaged",
                           Text("removed_record_unreadable").with("path", f.path));
        }
        items.push_back(item);
    }
    ordered_json doc;
    doc["format"] = kReviewRecordFormat;
    // One reviewer per vault, named as the reviewer chose (reviewer_name.h); the stored
    // decisions' own reviewer strings, which older vaults filled with the OS login, stay in
    // the vault.
    doc["reviewer"] = {
        {"name", reviewerName(db)},
        {"fingerprint", fingerprintOf(VaultKeys(db).publicKey(KeyRole::Reviewer)).fingerprint}};
    doc["flags"] = flags;
    doc["items"] = items;
    return doc.dump(2) + "\n";
}

}  // namespace baosong::app
