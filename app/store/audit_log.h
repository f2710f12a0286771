#pragma once
// The vault's audit log: who did what, when. Each entry's hash covers the previous entry's
// hash, and the newest hash is kept apart in meta, so an altered, removed, reordered or
// truncated entry is detected. (Whoever holds the vault key can rewrite the whole chain;
// the chain catches edits that bypass baosong, not the key holder.)

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/text.h"
#include "sqlite_database.h"

namespace baosong::app {

struct AuditEntry {
    std::int64_t seq = 0;
    std::string at;      // RFC 3339 UTC
    std::string actor;   // role:login, e.g. "officer:zhaomin"
    std::string action;  // stable English verb, e.g. "vault.import"
    std::string detail;  // JSON object with what changed
    std::string hash;    // hex SHA-256
};

struct AuditVerification {
    bool intact = true;
    std::int64_t entries = 0;
    std::int64_t firstBadSeq = 0;  // 0 when intact
    std::optional<Text> problem;   // what broke the chain; empty when intact
};

class AuditLog {
  public:
    explicit AuditLog(SqliteDatabase& db) : db_(db) {}

    // Must run inside the transaction of the change it records, so both land or neither.
    void append(const std::string& actor, const std::string& action, const std::string& detail);
    std::vector<AuditEntry> entries();
    AuditVerification verify();

  private:
    SqliteDatabase& db_;
};

std::string utcNowRfc3339();

}  // namespace baosong::app
