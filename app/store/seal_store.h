#pragma once
// The bundles a unit has sealed, by revision (bundle.md "Revisions and replay"): the next
// seal carries the next revision and names the last bundle's SHA-256 as its predecessor.

#include <optional>
#include <string>

#include "sqlite_database.h"

namespace baosong::app {

struct SealRecord {
    long long revision = 0;
    std::string sha256;
    std::string file;
    std::string manifest;
    std::string sealedAt;
};

class SealStore {
  public:
    explicit SealStore(SqliteDatabase& db) : db_(db) {}
    std::optional<SealRecord> last();
    void record(const SealRecord& seal);

  private:
    SqliteDatabase& db_;
};

}  // namespace baosong::app
