#pragma once
// How a file a submission names enters the vault, whether imported or chosen in the form:
// an attachment must be in a format whose every word baosong can read (intake/
// file_format.h); photos, scans and Word and Excel files lose their metadata first (what
// never enters the vault can never leave it), and what was removed is kept for the
// reviewer; the file's words are read and kept for the scanner (file_words.h); grants are
// kept as signed.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "extract/file_reader.h"
#include "policy/submission.h"
#include "store/sqlite_database.h"

namespace baosong::app {

class ContainedFile;

// A file's words read before it is stored, by this process's reader, from the very bytes
// intake will store (stripped as below), so that the desktop form can read them off the GUI thread,
// with progress and a cancel button, when the file is chosen, and saving does not wait for OCR.
struct WordsReadAhead {
    policy::FileReference::Kind kind;  // as which the file was stripped and read
    std::string sha256;                // of the stripped bytes that were read
    std::string json;                  // extract::ExtractedText::json()
};

// Strips bytes as storeSubmissionFile would and reads their words; nothing is written
// anywhere. Throws what storeSubmissionFile throws for such a file.
WordsReadAhead readWordsAhead(policy::FileReference::Kind kind, const std::string& path,
                              std::vector<std::uint8_t> bytes,
                              const extract::ReadProgress& progress = {});

// Inside the caller's transaction, so a refused or cancelled file leaves nothing. Throws
// AppError (BadInput): "attachment_format_unsupported" for an attachment baosong cannot
// read (an old .doc, a .wps, an archive …), "photo_malformed" for a JPEG whose segments
// cannot be walked, "attachment_malformed" for a PDF qpdf or poppler cannot read or that
// needs a password, or a Word or Excel file that cannot be read, "image_unreadable",
// "stamped_not_pdf" for a stamped scan that is not a PDF; (Problem) "read_cancelled".
// Returns whether a GPS position was removed. Words read ahead are kept as read when they
// are of the bytes stored now, as the same kind of file; otherwise the words are read here.
bool storeSubmissionFile(SqliteDatabase& db, policy::FileReference::Kind kind,
                         const std::string& path, std::vector<std::uint8_t> bytes,
                         extract::FileReader& reader, const extract::ReadProgress& progress = {},
                         const WordsReadAhead* ahead = nullptr);
// The same for a file still on disk (an import): a PDF is stripped as qpdf reads it and
// is never held whole before; any other file is read whole first.
bool storeSubmissionFile(SqliteDatabase& db, policy::FileReference::Kind kind,
                         const std::string& path, const ContainedFile& file,
                         extract::FileReader& reader, const extract::ReadProgress& progress = {});

}  // namespace baosong::app
