#pragma once
// The submission inside a vault: the interchange document (spec/submission.md) in one
// row, and every file it names (photos, attachments, grants) stored by content inside the
// encrypted database, never as clear files.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "policy/submission.h"
#include "sqlite_database.h"

namespace baosong::app {

struct StoredFile {
    std::string path;    // as the submission names it, relative
    std::string sha256;  // hex
    std::int64_t size = 0;
};

class SubmissionStore {
  public:
    explicit SubmissionStore(SqliteDatabase& db) : db_(db) {}

    std::optional<policy::Submission> load();
    // Callers wrap a whole change (document + files + audit) in one transaction.
    void save(const policy::Submission& submission);
    void removeAllFiles();
    // Stores bytes under path (content stored once, however many paths name it).
    StoredFile putFile(const std::string& path, std::span<const std::uint8_t> bytes);
    std::vector<StoredFile> files();
    std::vector<std::uint8_t> fileContents(const std::string& path);
    // Drops content no path names any more.
    void collectGarbage();

  private:
    SqliteDatabase& db_;
};

}  // namespace baosong::app
