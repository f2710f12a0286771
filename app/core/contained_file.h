#pragma once
// A file named by a relative path inside a folder, opened so that it cannot be anywhere
// else: every component is opened with O_NOFOLLOW below the folder's descriptor, so a
// symbolic link (e.g. on a prepared USB stick) cannot pull in /etc/shadow or another
// unit's files. What is checked is what is read: one descriptor from check to read.

#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "base/app_error.h"
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
    // Reads the whole file in pieces of at most 1 MiB, each given to each as it is read;
    // throws as read() does.
    void readEach(const std::function<void(std::span<const std::uint8_t>)>& each) const;
    // Its first bytes (fewer when the file is shorter): enough to tell its format.
    std::vector<std::uint8_t> readHead(std::size_t count) const;
    // The same file as a stdio stream at its start, for a library that reads it in parts;
    // a descriptor of its own, so the stream's position and closing are its own.
    struct StreamClose {
        void operator()(std::FILE* file) const noexcept { std::fclose(file); }
    };
    using Stream = std::unique_ptr<std::FILE, StreamClose>;
    Stream openStream() const;
    // Throws AppError (BadInput) "input_changed" unless the file still has the size it had
    // when it was opened: for a reader that read it through openStream.
    void requireUnchangedSize() const;

  private:
    // "io_read_failed" with errno's reason.
    AppError readFailed() const;
    // One pread at offset, retried when interrupted: the bytes read, 0 at the end.
    std::size_t readAt(std::span<std::uint8_t> into, std::uint64_t offset) const;

    int fd_ = -1;
    State state_ = State::Missing;
    int error_ = 0;
    std::uint64_t size_ = 0;
    std::string path_;
};

}  // namespace baosong::app
