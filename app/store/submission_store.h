#pragma once
// The submission inside a vault: the interchange document (spec/submission.md) in one
// row, and every file it names (photos, attachments, grants) stored by content inside the
// encrypted database, never as clear files.

#include <cstdint>
#include <functional>
#include <map>
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
    std::string sm3;  // hex, for profile "gm"'s manifest; "" when stored before schema 7
};

class SubmissionStore {
  public:
    explicit SubmissionStore(SqliteDatabase& db) : db_(db) {}

    std::optional<policy::Submission> load();
    // Callers wrap a whole change (document + files + audit) in one transaction.
    void save(const policy::Submission& submission);
    void removeAllFiles();
    void removeFile(const std::string& path);
    // Stores bytes under path (content stored once, however many paths name it).
    StoredFile putFile(const std::string& path, std::span<const std::uint8_t> bytes);
    std::vector<StoredFile> files();
    std::vector<std::uint8_t> fileContents(const std::string& path);
    // nullopt when no file is stored under path.
    std::optional<std::vector<std::uint8_t>> findFileContents(const std::string& path);
    // The file's bytes in pieces of at most 256 KiB (SQLite incremental blob I/O), so a
    // large scan never sits in memory whole; the content is checked against its SHA-256.
    void streamFile(const std::string& path,
                    const std::function<void(std::span<const std::uint8_t>)>& each);
    // Drops content no path names any more, and the basis of a scan no longer stored.
    void collectGarbage();

    // What the stamped scan stored under path was made from (VAULT_FORMAT.md schema 6).
    void putStampedBasis(const std::string& path, const std::string& basis);
    // Every recorded basis by path.
    std::map<std::string, std::string> stampedBases();

  private:
    SqliteDatabase& db_;
};

}  // namespace baosong::app
