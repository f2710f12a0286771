#pragma once
// Byte streams over file descriptors (owned, closed on destruction), for the bundle's
// streaming stages. Errors are AppError with the path named.

#include <string>

#include "crypto/byte_stream.h"

namespace baosong::app::bundle {

class FileSource final : public crypto::ByteSource {
  public:
    // Throws AppError (BadInput) "io_error" when path cannot be opened for reading.
    explicit FileSource(std::string path);
    ~FileSource() override;
    FileSource(const FileSource&) = delete;
    FileSource& operator=(const FileSource&) = delete;
    std::size_t read(std::span<std::uint8_t> buffer) override;
    // Reads the same open file again from its start: a second pass over what a first pass
    // checked, whatever was renamed over the path in between.
    void rewind();

  private:
    std::string path_;
    int fd_ = -1;
};

class FileSink final : public crypto::ByteSink {
  public:
    // Takes an open descriptor (e.g. of a TempSibling); closes it on destruction.
    FileSink(int fd, std::string path) : path_(std::move(path)), fd_(fd) {}
    ~FileSink() override;
    FileSink(const FileSink&) = delete;
    FileSink& operator=(const FileSink&) = delete;
    // Throws AppError: Problem "disk_full" on ENOSPC, "io_error" otherwise.
    void write(std::span<const std::uint8_t> bytes) override;
    void close();

  private:
    std::string path_;
    int fd_ = -1;
};

}  // namespace baosong::app::bundle
