#pragma once
// Any change to what would be exported (a field, a photo, a decision, the lexicon) voids
// the reviewer's sign-off: the reviewer signed exact content, not "the vault".

#include <string>

#include "store/sqlite_database.h"

namespace baosong::app {

// Inside the caller's transaction: drops the sign-off, if any, and records why in the
// audit log ("review.sign-off-voided").
void voidSignOff(SqliteDatabase& db, const std::string& actor, const std::string& cause);

}  // namespace baosong::app
