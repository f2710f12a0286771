#include "office_decision_store.h"

namespace baosong::app {

std::optional<OfficeDecision> OfficeDecisionStore::find(const std::string& unitId,
                                                        const std::string& campaign,
                                                        long long revision, std::size_t candidate) {
    auto stmt = db_.prepare(
        "SELECT opinion, opinion_at, decision, reason, decided_at, decided_by FROM "
        "office_decisions WHERE unit_id = ?1 AND campaign = ?2 AND revision = ?3 AND "
        "candidate = ?4");
    stmt.bind(1, unitId)
        .bind(2, campaign)
        .bind(3, static_cast<std::int64_t>(revision))
        .bind(4, static_cast<std::int64_t>(candidate));
    if (!stmt.step()) {
        return std::nullopt;
    }
    return OfficeDecision{unitId,       campaign,     revision,     candidate,    stmt.text(0),
                          stmt.text(1), stmt.text(2), stmt.text(3), stmt.text(4), stmt.text(5)};
}

void OfficeDecisionStore::put(const OfficeDecision& d) {
    db_.prepare(
           "INSERT INTO office_decisions(unit_id, campaign, revision, candidate, opinion, "
           "opinion_at, decision, reason, decided_at, decided_by) VALUES (?1, ?2, ?3, ?4, ?5, "
           "?6, ?7, ?8, ?9, ?10) ON CONFLICT(unit_id, campaign, revision, candidate) DO UPDATE "
           "SET opinion = ?5, opinion_at = ?6, decision = ?7, reason = ?8, decided_at = ?9, "
           "decided_by = ?10")
        .bind(1, d.unitId)
        .bind(2, d.campaign)
        .bind(3, static_cast<std::int64_t>(d.revision))
        .bind(4, static_cast<std::int64_t>(d.candidate))
        .bind(5, d.opinion)
        .bind(6, d.opinionAt)
        .bind(7, d.decision)
        .bind(8, d.reason)
        .bind(9, d.decidedAt)
        .bind(10, d.decidedBy)
        .run();
}

bool OfficeDecisionStore::earlierRevisionDecided(const std::string& unitId,
                                                 const std::string& campaign, long long revision) {
    auto stmt = db_.prepare(
        "SELECT 1 FROM office_decisions WHERE unit_id = ?1 AND campaign = ?2 AND revision < ?3 "
        "AND (opinion <> '' OR decision <> '') LIMIT 1");
    stmt.bind(1, unitId).bind(2, campaign).bind(3, static_cast<std::int64_t>(revision));
    return stmt.step();
}

}  // namespace baosong::app
