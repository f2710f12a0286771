#pragma once
// The vault's own settings, one text value per key (VAULT_FORMAT.md, table meta): the
// unit's identity, the reviewer's name, the head of the audit chain.

#include <optional>
#include <string>

#include "sqlite_database.h"

namespace baosong::app {

class VaultMeta {
  public:
    explicit VaultMeta(SqliteDatabase& db) : db_(db) {}
    std::optional<std::string> get(const char* key);
    void put(const char* key, const std::string& value);

  private:
    SqliteDatabase& db_;
};

}  // namespace baosong::app
