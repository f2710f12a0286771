#include "review_voiding.h"

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

std::string signOffVoidCause(const std::string& cause, bool english) {
    struct Words {
        const char* cause;
        const char* zh;
        const char* en;
    };
    static constexpr Words kWords[] = {
        {"vault.import", "导入了新的报送数据", "a submission was imported"},
        {"vault.edit", "修改了报送材料", "the submission was edited"},
        {"review.resolve", "处理了一个标记", "a flag was decided"},
        {"review.approve", "确认了照片或附件", "a photo or attachment was approved"},
        {"lexicon.replace", "更换了本单位词表", "the unit's lexicon was replaced"},
        {"review.name", "更改了审查员姓名", "the reviewer's name was changed"},
        {"seal", "已封装报送包，下一版须重新审查签署",
         "a bundle was sealed; the next revision needs a new sign-off"},
    };
    for (const Words& w : kWords) {
        if (cause == w.cause) {
            return english ? w.en : w.zh;
        }
    }
    // No change recorded, yet the content differs (e.g. the documents draw differently
    // after a system update).
    return english ? "what would be exported differs from what was signed"
                   : "将导出的内容与签署时不同";
}

}  // namespace baosong::app
