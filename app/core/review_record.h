#pragma once
// data/review.json (bundle.md "review.json"): the reviewer (the name they set, the key's
// fingerprint), every decision on a flag with its note and time, and every photo and
// attachment with its approval and the kinds of metadata import stripped from it. Nothing
// removed leaves by this door: not the words of a redacted or removed flag, not a stripped
// GPS position, camera or PDF author, not the OS login of whoever decided.

#include <map>
#include <string>

#include "store/sqlite_database.h"

namespace baosong::app {

inline constexpr const char* kReviewRecordFormat = "baosong.review/2";

// bagPaths: stored path → path in the bag, for the items to name.
std::string reviewRecordJson(SqliteDatabase& db,
                             const std::map<std::string, std::string>& bagPaths);

}  // namespace baosong::app
