#include "review_store.h"

namespace baosong::app {

std::vector<ReviewDecision> ReviewStore::decisions() {
    std::vector<ReviewDecision> out;
    auto stmt = db_.prepare(
        "SELECT flag_id, category, rule, candidate, field, text, decision, replacement, note, "
        "sentence_sha256, reviewer, decided_at FROM review_decisions ORDER BY decided_at, flag_id");
    while (stmt.step()) {
        ReviewDecision d;
        d.flagId = stmt.text(0);
        d.category = stmt.text(1);
        d.rule = stmt.text(2);
        if (!stmt.isNull(3)) {
            d.candidate = static_cast<int>(stmt.integer(3));
        }
        d.field = stmt.text(4);
        d.text = stmt.text(5);
        d.decision = stmt.text(6);
        d.replacement = stmt.text(7);
        d.note = stmt.text(8);
        d.sentenceSha256 = stmt.text(9);
        d.reviewer = stmt.text(10);
        d.decidedAt = stmt.text(11);
        out.push_back(std::move(d));
    }
    return out;
}

void ReviewStore::putDecision(const ReviewDecision& d) {
    auto stmt = db_.prepare(
        "INSERT OR REPLACE INTO review_decisions(flag_id, category, rule, candidate, field, text, "
        "decision, replacement, note, sentence_sha256, reviewer, decided_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    stmt.bind(1, d.flagId).bind(2, d.category).bind(3, d.rule);
    if (d.candidate) {
        stmt.bind(4, std::int64_t{*d.candidate});
    } else {
        stmt.bindNull(4);
    }
    stmt.bind(5, d.field).bind(6, d.text).bind(7, d.decision).bind(8, d.replacement);
    stmt.bind(9, d.note).bind(10, d.sentenceSha256).bind(11, d.reviewer).bind(12, d.decidedAt);
    stmt.run();
}

std::vector<ReviewApproval> ReviewStore::approvals() {
    std::vector<ReviewApproval> out;
    auto stmt = db_.prepare("SELECT sha256, reviewer, approved_at FROM review_approvals");
    while (stmt.step()) {
        out.push_back({stmt.text(0), stmt.text(1), stmt.text(2)});
    }
    return out;
}

void ReviewStore::putApproval(const ReviewApproval& a) {
    db_.prepare(
           "INSERT OR REPLACE INTO review_approvals(sha256, reviewer, approved_at) "
           "VALUES (?, ?, ?)")
        .bind(1, a.sha256)
        .bind(2, a.reviewer)
        .bind(3, a.approvedAt)
        .run();
}

std::optional<ReviewSignOff> ReviewStore::signOff() {
    auto stmt = db_.prepare(
        "SELECT manifest, signature, reviewer, signed_at, voided_at, voided_cause "
        "FROM review_signoff");
    if (!stmt.step()) {
        return std::nullopt;
    }
    return ReviewSignOff{stmt.text(0), stmt.text(1), stmt.text(2),
                         stmt.text(3), stmt.text(4), stmt.text(5)};
}

void ReviewStore::putSignOff(const ReviewSignOff& s) {
    db_.prepare(
           "INSERT OR REPLACE INTO review_signoff(id, manifest, signature, reviewer, "
           "signed_at, voided_at, voided_cause) VALUES (1, ?, ?, ?, ?, '', '')")
        .bind(1, s.manifest)
        .bind(2, s.signature)
        .bind(3, s.reviewer)
        .bind(4, s.signedAt)
        .run();
}

void ReviewStore::setSignOffVoided(const std::string& at, const std::string& cause) {
    db_.prepare("UPDATE review_signoff SET voided_at = ?1, voided_cause = ?2")
        .bind(1, at)
        .bind(2, cause)
        .run();
}

}  // namespace baosong::app
