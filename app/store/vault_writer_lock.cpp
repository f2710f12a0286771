#include "vault_writer_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <utility>

#include "base/app_error.h"

namespace baosong::app {

VaultWriterLock VaultWriterLock::acquire(const std::string& path) {
    // O_RDONLY is enough for flock and works on a vault its owner made read-only.
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        if (errno == ENOENT) {
            throw AppError(ErrorKind::BadInput, "vault_missing",
                           Text("vault_missing").with("path", path));
        }
        throw AppError(ErrorKind::BadInput, "io_error",
                       Text("vault_unopenable").with("path", path));
    }
    VaultWriterLock lock(fd);
    int rc = 0;
    do {
        rc = ::flock(fd, LOCK_EX | LOCK_NB);
    } while (rc != 0 && errno == EINTR);
    if (rc != 0) {
        if (errno == EWOULDBLOCK) {
            throw AppError(ErrorKind::Locked, "vault_busy", Text("vault_busy").with("path", path));
        }
        throw AppError(ErrorKind::BadInput, "io_error",
                       Text("vault_unlockable").with("path", path));
    }
    return lock;
}

VaultWriterLock::VaultWriterLock(VaultWriterLock&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)) {}

VaultWriterLock& VaultWriterLock::operator=(VaultWriterLock&& other) noexcept {
    if (this != &other) {
        if (fd_ >= 0) {
            ::close(fd_);
        }
        fd_ = std::exchange(other.fd_, -1);
    }
    return *this;
}

VaultWriterLock::~VaultWriterLock() {
    if (fd_ >= 0) {
        ::close(fd_);  // the lock goes with the descriptor
    }
}

}  // namespace baosong::app
