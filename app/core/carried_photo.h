#pragma once
// A photo's facts as the bundle will carry it, for the size the notice asks (通知“三、(三)2”:
// 不小于 2MB): intake removes its metadata (jpeg_metadata.h) before it enters the vault, so a
// JSON file, a vault and a form not yet saved are all judged on the stripped bytes, and
// a photo never passes `check` on its file only to fail once imported.

#include <cstdint>
#include <span>

#include "policy/check_input.h"
#include "store/sqlite_database.h"

namespace baosong::app {

// A photo as given (a file beside a submission, or chosen in the form): its metadata
// removed as import would, then judged; metadataBytes says how much went. A JPEG whose
// segments cannot be walked is judged as it is (the check calls it damaged).
policy::PhotoFacts carriedPhotoFacts(std::span<const std::uint8_t> asGiven);

// A photo stored in the vault (already stripped): judged as it is, with the bytes import
// removed from it, as recorded beside it.
policy::PhotoFacts storedPhotoFacts(SqliteDatabase& db, std::span<const std::uint8_t> stored);

}  // namespace baosong::app
