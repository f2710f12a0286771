#pragma once
// The security reviewer's records in the vault: a decision per flag, an approval per photo
// or attachment (by content, so a changed file needs a new look), and the sign-off.

#include <optional>
#include <string>
#include <vector>

#include "sqlite_database.h"

namespace baosong::app {

struct ReviewDecision {
    std::string flagId;
    std::string category;
    std::string rule;
    std::optional<int> candidate;
    std::string field;
    std::string text;      // the original words flagged
    std::string decision;  // cleared | redacted | removed
    std::string replacement;
    std::string note;
    std::string sentenceSha256;  // the sentence around the flag when it was cleared
    std::string reviewer;        // reviewer key id and login
    std::string decidedAt;
};

struct ReviewApproval {
    std::string sha256;
    std::string reviewer;
    std::string approvedAt;
};

struct ReviewSignOff {
    std::string manifest;   // the exact bytes signed
    std::string signature;  // minisign signature file text
    std::string reviewer;
    std::string signedAt;
    std::string voidedAt = {};     // when a change first made it cover other content; "" holds
    std::string voidedCause = {};  // the change: "vault.edit", "review.resolve", "seal" …
};

class ReviewStore {
  public:
    explicit ReviewStore(SqliteDatabase& db) : db_(db) {}

    std::vector<ReviewDecision> decisions();
    void putDecision(const ReviewDecision& decision);  // replaces one for the same flag
    std::vector<ReviewApproval> approvals();
    void putApproval(const ReviewApproval& approval);
    std::optional<ReviewSignOff> signOff();
    void putSignOff(const ReviewSignOff& signOff);
    // Marks the sign-off void (cause and time), or holding again with both empty.
    void setSignOffVoided(const std::string& at, const std::string& cause);

  private:
    SqliteDatabase& db_;
};

}  // namespace baosong::app
