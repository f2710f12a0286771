#pragma once
// The words inside the files a submission carries (scanner.md "Files"): read once per
// content when the file enters the vault (a PDF's text layer, OCR of photos and scanned
// pages, Word and Excel parts), kept by content hash, and scanned with the form's fields
// so that every flag in them needs the reviewer's decision before anything is sealed.

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "extract/file_reader.h"
#include "policy/scan/scanner.h"
#include "policy/submission.h"
#include "store/sqlite_database.h"

namespace baosong::app {

// The words of a file's bytes as stored (stripped): none for a photo that is no JPEG or
// PNG (the checker refuses it, PHOTO_FORMAT); any other file baosong cannot read throws as
// extract::FileReader::read does.
extract::ExtractedText fileWords(extract::FileReader& reader, policy::FileReference::Kind kind,
                                 std::span<const std::uint8_t> bytes, const std::string& path,
                                 const extract::ReadProgress& progress);

// Keeps words read before (file_intake.h WordsReadAhead) for a stored content, inside the
// caller's transaction, unless the vault has words of that content by that reader already.
void keepWordsRead(SqliteDatabase& db, const std::string& sha256, const std::string& version,
                   const std::string& json);

// Reads the words of a stored content unless this reader already has (FileTextStore),
// inside the caller's transaction, as fileWords reads them.
void keepFileWords(SqliteDatabase& db, extract::FileReader& reader, const std::string& sha256,
                   const std::string& path, policy::FileReference::Kind kind,
                   std::span<const std::uint8_t> bytes, const extract::ReadProgress& progress);

// The flags in the words of every photo, attachment and stamped scan the submission names,
// each content once (at its first place in the form), with its location. Words not kept yet
// (a vault from before, a newer reader) are read now and not kept: a reader of the vault
// may not write to it.
std::vector<policy::ScanFlag> scanFileWords(SqliteDatabase& db, const policy::Scanner& scanner,
                                            const policy::Submission& submission);

// Whether OCR stopped at its time limit on a page or picture of this content, as kept; false
// for words not kept (read by each scan instead, complete or not).
bool wordsIncomplete(SqliteDatabase& db, const std::string& sha256);

}  // namespace baosong::app
