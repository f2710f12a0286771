#include "temp_sibling.h"

#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <vector>

#include "app_error.h"

namespace baosong::app {

namespace {
namespace fs = std::filesystem;

// A place the user named that cannot be written (no such folder, no permission) is bad
// input; anything else (I/O errors, full disk) is a problem of the machine.
AppError ioError(const char* failedKey, const std::string& path) {
    const int err = errno;
    if (err == ENOSPC || err == EDQUOT) {
        return AppError(ErrorKind::Problem, "disk_full",
                        Text("disk_full_nothing_changed").with("path", path));
    }
    const bool userPath = err == ENOENT || err == ENOTDIR || err == EACCES || err == EPERM ||
                          err == EROFS || err == ENAMETOOLONG;
    return AppError(userPath ? ErrorKind::BadInput : ErrorKind::Problem, "io_error",
                    Text(failedKey).with("path", path).with("reason", std::strerror(err)));
}

AppError targetExists(const std::string& path) {
    return AppError(ErrorKind::BadInput, "target_exists", Text("target_exists").with("path", path));
}

void syncFd(const std::string& path, int flags) {
    const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd < 0) {
        throw ioError("io_open_failed", path);
    }
    const int rc = ::fsync(fd);
    ::close(fd);
    if (rc != 0) {
        throw ioError("io_sync_failed", path);
    }
}
}  // namespace

void syncParentDirectory(const std::string& path) {
    fs::path parent = fs::path(path).parent_path();
    if (parent.empty()) {
        parent = ".";
    }
    syncFd(parent.string(), O_RDONLY | O_DIRECTORY);
}

std::size_t TempSibling::removeLeftovers(const std::string& finalPath) {
    namespace fs = std::filesystem;
    const fs::path final(finalPath);
    const std::string prefix = final.filename().string() + ".tmp-";
    std::error_code ec;
    std::size_t removed = 0;
    for (const auto& entry : fs::directory_iterator(
             final.parent_path().empty() ? fs::path(".") : final.parent_path(), ec)) {
        const std::string name = entry.path().filename().string();
        // mkstemp's six characters: exactly the names this class makes for finalPath.
        if (name.size() == prefix.size() + 6 && name.starts_with(prefix) &&
            entry.is_regular_file(ec) && !entry.is_symlink(ec) && fs::remove(entry.path(), ec)) {
            ++removed;
        }
    }
    return removed;
}

TempSibling::TempSibling(std::string finalPath, Kind kind)
    : finalPath_(std::move(finalPath)), kind_(kind) {
    std::string pattern = finalPath_ + ".tmp-XXXXXX";
    std::vector<char> buffer(pattern.begin(), pattern.end());
    buffer.push_back('\0');
    if (kind_ == Kind::File) {
        const int fd = ::mkstemp(buffer.data());  // mode 0600
        if (fd < 0) {
            throw ioError("io_temp_file_failed", pattern);
        }
        ::close(fd);
    } else if (::mkdtemp(buffer.data()) == nullptr) {  // mode 0700
        throw ioError("io_temp_folder_failed", pattern);
    }
    path_ = buffer.data();
}

TempSibling::~TempSibling() {
    if (committed_) {
        return;
    }
    std::error_code ignored;
    fs::remove_all(path_, ignored);
    for (const char* suffix : {"-journal", "-wal", "-shm"}) {
        fs::remove(path_ + suffix, ignored);
    }
}

void TempSibling::syncContents() const {
    if (kind_ == Kind::File) {
        syncFd(path_, O_RDONLY);
        return;
    }
    for (const auto& entry : fs::recursive_directory_iterator(path_)) {
        syncFd(entry.path().string(), entry.is_directory() ? O_RDONLY | O_DIRECTORY : O_RDONLY);
    }
    syncFd(path_, O_RDONLY | O_DIRECTORY);
}

void requireNoTarget(const std::string& path) {
    std::error_code ec;
    if (fs::exists(fs::symlink_status(path, ec))) {
        throw targetExists(path);
    }
}

void TempSibling::write(std::span<const std::uint8_t> bytes) const {
    const int fd = ::open(path_.c_str(), O_WRONLY | O_TRUNC | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        throw ioError("io_write_failed", path_);
    }
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            const AppError error = ioError("io_write_failed", finalPath_);
            ::close(fd);
            throw error;
        }
        done += static_cast<std::size_t>(n);
    }
    if (::close(fd) != 0) {
        throw ioError("io_write_failed", finalPath_);
    }
}

void writeNewFile(const std::string& path, std::string_view bytes) {
    requireNoTarget(path);
    TempSibling temp(path, TempSibling::Kind::File);
    temp.write(bytes);
    temp.commitNew();
}

void TempSibling::write(std::string_view text) const {
    write({reinterpret_cast<const std::uint8_t*>(text.data()), text.size()});
}

void TempSibling::commitNew() {
    syncContents();
    // renameat2(RENAME_NOREPLACE) closes the window between "does it exist?" and rename.
    if (::renameat2(AT_FDCWD, path_.c_str(), AT_FDCWD, finalPath_.c_str(), RENAME_NOREPLACE) != 0) {
        if (errno == EEXIST || errno == ENOTEMPTY) {
            throw targetExists(finalPath_);
        }
        throw ioError("io_rename_failed", finalPath_);
    }
    committed_ = true;
    syncDone();
}

void TempSibling::commitReplace() {
    syncContents();
    if (::rename(path_.c_str(), finalPath_.c_str()) != 0) {
        throw ioError("io_replace_failed", finalPath_);
    }
    committed_ = true;
    syncDone();
}

void TempSibling::syncDone() const {
    try {
        syncParentDirectory(finalPath_);
    } catch (const AppError& e) {
        // The result is in place; only its durability across a power cut is in doubt.
        throw AppError(ErrorKind::Problem, "sync_failed",
                       Text("sync_unconfirmed").with("path", finalPath_).with("detail", e.text()));
    }
}

}  // namespace baosong::app
