#pragma once
// A file named by a relative path inside a folder, opened so that it cannot be anywhere
// else: every component is opened with O_NOFOLLOW below the folder's descriptor, so a
// symbolic link (e.g. on a prepared USB stick) cannot pull in /etc/shadow or another
// unit's files. What is checked is what is read: one descriptor from check to read.

#include <cstdint>
#include <string>
#include <vector>

#include "base/text.h"

namespace baosong::app {

class ContainedFile {
  public:
    enum class State { Ok, Missing, NotRegular, Link, Unreadable };

    // relativePath must already have passed relativePathProblem() (base/relative_path.h).
    ContainedFile(const std::string& baseDir, const std::string& relativePath);
    ContainedFile(const ContainedFile&) = delete;
    ContainedFile& operator=(const ContainedFile&) = delete;
    ContainedFile(ContainedFile&& other) noexcept;
    ~ContainedFile();

    State state() const noexcept { return state_; }
    // Why the file cannot be used, in Chinese ("不存在", "是符号链接" …); empty when Ok.
    Text problem() const;  // state() must not be Ok
    std::uint64_t size() const noexcept { return size_; }
    // Reads the whole file; throws AppError if it changed size or cannot be read.
    std::vector<std::uint8_t> read() const;

  private:
    int fd_ = -1;
    State state_ = State::Missing;
    int error_ = 0;
    std::uint64_t size_ = 0;
    std::string path_;
};

}  // namespace baosong::app
