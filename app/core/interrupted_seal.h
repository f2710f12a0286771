#pragma once
// A seal killed midway (store/seal_store.h PendingSeal) is settled before the next one, so
// the vault and the folder agree: a bundle that reached its name with the recorded SHA-256
// is recorded as sealed (the office may already hold it: sealing that revision again would
// give other bytes, which the office refuses as revision_conflict); one that did not is
// abandoned, its signature removed if it got placed, so the revision is sealed afresh.
// Either way the temporary files the killed seal left in its folder are removed.

#include <optional>
#include <string>

#include "base/text.h"
#include "store/sqlite_database.h"

namespace baosong::app {

// Commits what it settles. Returns a sentence for the officer when there was one to
// settle, else nothing.
std::optional<Text> settleInterruptedSeal(SqliteDatabase& db, const std::string& actor);

}  // namespace baosong::app
