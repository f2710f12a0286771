#include "memory_file.h"

#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>

#include "base/app_error.h"

namespace baosong::app::documents {

namespace {
AppError failed(const char* key) {
    return AppError(ErrorKind::Problem, "io_error", Text(key).with("reason", std::strerror(errno)));
}
}  // namespace

MemoryFile::MemoryFile() : fd_(memfd_create("baosong-document", MFD_CLOEXEC)) {
    if (fd_ < 0) {
        throw failed("memory_file_create_failed");
    }
    path_ = "/proc/self/fd/" + std::to_string(fd_);
}

MemoryFile::~MemoryFile() {
    ::close(fd_);
}

std::string MemoryFile::contents() const {
    // Opening the path again opens the same memory file, from its start.
    std::ifstream in(path_, std::ios::binary);
    std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (!in.good() && !in.eof()) {
        throw failed("memory_file_read_failed");
    }
    return bytes;
}

}  // namespace baosong::app::documents
