#include "review_voiding.h"

#include <string_view>
#include <utility>

#include <nlohmann/json.hpp>

#include "export_payload.h"
#include "store/audit_log.h"
#include "store/review_store.h"
#include "store/submission_store.h"
#include "vault_identity.h"

namespace baosong::app {

namespace {
constexpr const char* kOutright = "lexicon.replace";

void markVoided(ReviewStore& reviews, SqliteDatabase& db, const std::string& actor,
                const std::string& cause) {
    reviews.setSignOffVoided(utcNowRfc3339(), cause);
    AuditLog(db).append(actor, "review.sign-off-voided", nlohmann::json{{"cause", cause}}.dump());
}
}  // namespace

void spendSignOff(SqliteDatabase& db, const std::string& actor) {
    ReviewStore reviews(db);
    const auto signOff = reviews.signOff();
    if (signOff && signOff->voidedAt.empty()) {
        markVoided(reviews, db, actor, "seal");
    }
}

void voidSignOff(SqliteDatabase& db, const std::string& actor, const std::string& cause) {
    ReviewStore reviews(db);
    const auto signOff = reviews.signOff();
    if (signOff && signOff->voidedCause != cause) {
        markVoided(reviews, db, actor, cause);
    }
}

void reconsiderSignOff(SqliteDatabase& db, const std::string& actor, const std::string& cause) {
    ReviewStore reviews(db);
    const auto signOff = reviews.signOff();
    if (!signOff || signOff->voidedCause == kOutright) {
        return;
    }
    const bool covers = SubmissionStore(db).load().has_value() &&
                        buildExportPayload(db).manifest() == signOff->manifest;
    if (!covers && signOff->voidedAt.empty()) {
        markVoided(reviews, db, actor, cause);
    } else if (covers && !signOff->voidedAt.empty()) {
        reviews.setSignOffVoided("", "");
        AuditLog(db).append(actor, "review.sign-off-covers-again",
                            nlohmann::json{{"cause", cause}}.dump());
    }
}

Text signOffVoidCause(const std::string& cause) {
    static constexpr std::pair<std::string_view, const char*> kKeys[] = {
        {"vault.import", "void_cause_import"},
        {"vault.edit", "void_cause_edit"},
        {"review.resolve", "void_cause_resolve"},
        {"review.approve", "void_cause_approve"},
        {"lexicon.replace", "void_cause_lexicon"},
        {"review.name", "void_cause_name"},
        {"seal", "void_cause_seal"},
    };
    for (const auto& [recorded, key] : kKeys) {
        if (cause == recorded) {
            return Text(key);
        }
    }
    // No change recorded, yet the content differs (e.g. the documents draw differently
    // after a system update).
    return Text("void_cause_content_differs");
}

}  // namespace baosong::app
