#include "file_stream.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "base/app_error.h"

namespace baosong::app::bundle {

namespace {
AppError ioError(const char* failedKey, const std::string& path, ErrorKind kind) {
    const int err = errno;
    if (err == ENOSPC || err == EDQUOT) {
        return AppError(ErrorKind::Problem, "disk_full",
                        Text("disk_full_nothing_written").with("path", path));
    }
    return AppError(kind, "io_error",
                    Text(failedKey).with("path", path).with("reason", std::strerror(err)));
}
}  // namespace

FileSource::FileSource(std::string path) : path_(std::move(path)) {
    fd_ = ::open(path_.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd_ < 0) {
        throw ioError("io_open_failed", path_, ErrorKind::BadInput);
    }
}

FileSource::~FileSource() {
    if (fd_ >= 0) {
        ::close(fd_);
    }
}

void FileSource::rewind() {
    if (::lseek(fd_, 0, SEEK_SET) != 0) {
        throw ioError("io_read_failed", path_, ErrorKind::Problem);
    }
}

std::size_t FileSource::read(std::span<std::uint8_t> buffer) {
    std::size_t total = 0;
    while (total < buffer.size()) {
        const ssize_t n = ::read(fd_, buffer.data() + total, buffer.size() - total);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            throw ioError("io_read_failed", path_, ErrorKind::Problem);
        }
        if (n == 0) {
            break;
        }
        total += static_cast<std::size_t>(n);
    }
    return total;
}

FileSink::~FileSink() {
    if (fd_ >= 0) {
        ::close(fd_);
    }
}

void FileSink::write(std::span<const std::uint8_t> bytes) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd_, bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            throw ioError("io_write_failed", path_, ErrorKind::Problem);
        }
        done += static_cast<std::size_t>(n);
    }
}

void FileSink::close() {
    if (fd_ >= 0 && ::close(fd_) != 0) {
        fd_ = -1;
        throw ioError("io_close_failed", path_, ErrorKind::Problem);
    }
    fd_ = -1;
}

}  // namespace baosong::app::bundle
