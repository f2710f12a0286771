#pragma once
// The vault's tables, as a list of migrations applied in order (PRAGMA user_version counts
// how many ran). A vault from a newer baosong is refused rather than misread.

#include "sqlite_database.h"

namespace baosong::app {

int currentVaultSchemaVersion();

// Brings the schema up to date inside one transaction. Throws AppError
// "vault_schema_newer" for a vault written by a newer release.
void migrateVaultSchema(SqliteDatabase& db);

}  // namespace baosong::app
