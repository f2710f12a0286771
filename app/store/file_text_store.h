#pragma once
// The words read out of each stored file (extract/extracted_text.h's JSON), kept by the
// content's SHA-256 so a file already read is never read again (OCR is slow), with what
// read it: a result of another reader does not count. SubmissionStore::collectGarbage drops
// the words of contents no file has any more.

#include <optional>
#include <string>

#include "sqlite_database.h"

namespace baosong::app {

class FileTextStore {
  public:
    explicit FileTextStore(SqliteDatabase& db) : db_(db) {}

    void put(const std::string& sha256, const std::string& reader, const std::string& body);
    // The body, when this reader read this content.
    std::optional<std::string> body(const std::string& sha256, const std::string& reader);

  private:
    SqliteDatabase& db_;
};

}  // namespace baosong::app
