#pragma once
// A temporary file or folder beside its final path, so that a result appears under its
// real name only when complete: written, flushed to disk, then renamed in one step.
// Destroyed before commit, it removes itself (and SQLite's journal beside it), so a
// failure leaves nothing behind.

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace baosong::app {

class TempSibling {
  public:
    enum class Kind { File, Directory };
    // Creates "<final>.tmp-XXXXXX" with mode 0600 (file) or 0700 (folder). Throws AppError.
    TempSibling(std::string finalPath, Kind kind);
    TempSibling(const TempSibling&) = delete;
    TempSibling& operator=(const TempSibling&) = delete;
    ~TempSibling();

    const std::string& path() const noexcept { return path_; }

    // fsync, then rename onto the final path. commitNew refuses to replace anything that
    // exists there (AppError "target_exists"); commitReplace replaces a file atomically.
    void commitNew();
    void commitReplace();
    // The temporary file's whole content (Kind::File). Throws AppError: Problem
    // "disk_full" or "io_error".
    void write(std::span<const std::uint8_t> bytes) const;
    void write(std::string_view text) const;

    // Removes the regular files a killed process left for finalPath ("<final>.tmp-XXXXXX"),
    // and nothing else; returns how many. Only a caller that knows finalPath was one of its
    // own results may ask.
    static std::size_t removeLeftovers(const std::string& finalPath);

  private:
    void syncContents() const;
    void syncDone() const;
    std::string finalPath_;
    std::string path_;
    Kind kind_;
    bool committed_ = false;
};

// What commitNew would refuse at the end, refused before any work: AppError (BadInput)
// "target_exists" when something is at path.
void requireNoTarget(const std::string& path);

// Writes bytes to path, which must not exist ("target_exists"), so that it appears only
// complete. Throws AppError.
void writeNewFile(const std::string& path, std::string_view bytes);

// fsync of the folder holding path, so that a rename inside it survives a power cut.
void syncParentDirectory(const std::string& path);

}  // namespace baosong::app
