#pragma once
// data/review.json (bundle.md): every decision on a flag with its note, reviewer and time,
// and every photo and attachment with its approval and what import stripped from it. The
// words of a redacted or removed flag are left out: they must not leave by this door.

#include <map>
#include <string>

#include "store/sqlite_database.h"

namespace baosong::app {

inline constexpr const char* kReviewRecordFormat = "baosong.review/1";

// bagPaths: stored path → path in the bag, for the items to name.
std::string reviewRecordJson(SqliteDatabase& db,
                             const std::map<std::string, std::string>& bagPaths);

}  // namespace baosong::app
