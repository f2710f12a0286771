#pragma once
// The unit's own lexicon inside the vault (scanner.md): only ever in the encrypted
// database, never exported, never written to the audit log word by word.

#include <vector>

#include "policy/scan/unit_lexicon.h"
#include "sqlite_database.h"

namespace baosong::app {

class LexiconStore {
  public:
    explicit LexiconStore(SqliteDatabase& db) : db_(db) {}

    std::vector<policy::LexiconTerm> terms();
    // Replaces the whole lexicon; callers wrap it in a transaction with its audit entry.
    void replace(const std::vector<policy::LexiconTerm>& terms);

  private:
    SqliteDatabase& db_;
};

}  // namespace baosong::app
