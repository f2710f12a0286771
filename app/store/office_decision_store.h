#pragma once
// The office's review of each received candidate (VAULT_FORMAT.md, schema version 5): its
// 推荐单位意见 and its decision, forward or withhold with a reason, per unit, campaign,
// revision and candidate index. Rows of an earlier revision stay, so the office can say a
// later revision reopened them.

#include <optional>
#include <string>
#include <vector>

#include "sqlite_database.h"

namespace baosong::app {

struct OfficeDecision {
    std::string unitId;
    std::string campaign;
    long long revision = 0;
    std::size_t candidate = 0;  // 0-based, as in the submission
    std::string opinion;        // "" until written
    std::string opinionAt;
    std::string decision;  // "", "forward" or "withhold"
    std::string reason;    // why withheld
    std::string decidedAt;
    std::string decidedBy;
};

class OfficeDecisionStore {
  public:
    explicit OfficeDecisionStore(SqliteDatabase& db) : db_(db) {}

    std::optional<OfficeDecision> find(const std::string& unitId, const std::string& campaign,
                                       long long revision, std::size_t candidate);
    void put(const OfficeDecision& decision);
    // Whether any opinion or decision was recorded for a revision below revision.
    bool earlierRevisionDecided(const std::string& unitId, const std::string& campaign,
                                long long revision);

  private:
    SqliteDatabase& db_;
};

}  // namespace baosong::app
