#pragma once
// An anonymous file in memory (memfd) with a path that opens it, for libraries that only
// write to named files: what they write never reaches a disk.

#include <string>

namespace baosong::app::documents {

class MemoryFile {
  public:
    MemoryFile();  // Throws AppError (Problem) "io_error".
    MemoryFile(const MemoryFile&) = delete;
    MemoryFile& operator=(const MemoryFile&) = delete;
    ~MemoryFile();

    const std::string& path() const noexcept { return path_; }  // /proc/self/fd/N
    std::string contents() const;                               // Throws AppError.

  private:
    int fd_;
    std::string path_;
};

}  // namespace baosong::app::documents
