#pragma once
// Which unit and campaign a vault belongs to, fixed at init and kept in its meta table.

#include <string>

#include "store/sqlite_database.h"

namespace baosong::app {

struct VaultIdentity {
    std::string campaign;
    std::string channel;
    std::string unitName;
    std::string unitId;
};

// Throws AppError (BadInput) naming the first missing or invalid field.
void validateIdentity(const VaultIdentity& identity);
void storeIdentity(SqliteDatabase& db, const VaultIdentity& identity);
VaultIdentity loadIdentity(SqliteDatabase& db);

}  // namespace baosong::app
