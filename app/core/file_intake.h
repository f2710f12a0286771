#pragma once
// How a file a submission names enters the vault, whether imported or chosen in the form:
// photos and scans lose their metadata first (what never enters the vault can never leave
// it), and what was removed is kept for the reviewer; grants are kept as signed.

#include <cstdint>
#include <string>
#include <vector>

#include "policy/submission.h"
#include "store/sqlite_database.h"

namespace baosong::app {

// Inside the caller's transaction. Throws AppError (BadInput) "photo_malformed" for a JPEG
// whose segments cannot be walked, "attachment_malformed" for an attachment that starts
// like a PDF but is not one qpdf can read (pdf_metadata.h), "stamped_not_pdf" for a
// stamped scan that is not a PDF (it is then read like an attachment). Returns whether a GPS
// position was removed.
bool storeSubmissionFile(SqliteDatabase& db, policy::FileReference::Kind kind,
                         const std::string& path, std::vector<std::uint8_t> bytes);

}  // namespace baosong::app
