#include "contained_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "base/app_error.h"

namespace baosong::app {

namespace {
constexpr std::uint64_t kPiece = std::uint64_t{1} << 20;

class Fd {
  public:
    explicit Fd(int fd) : fd_(fd) {}
    ~Fd() {
        if (fd_ >= 0) {
            ::close(fd_);
        }
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    int get() const { return fd_; }
    int release() {
        const int fd = fd_;
        fd_ = -1;
        return fd;
    }
    void reset(int fd) {
        if (fd_ >= 0) {
            ::close(fd_);
        }
        fd_ = fd;
    }

  private:
    int fd_;
};
}  // namespace

ContainedFile::ContainedFile(const std::string& baseDir, const std::string& relativePath)
    : path_(relativePath) {
    Fd dir(::open(baseDir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dir.get() < 0) {
        state_ = errno == ENOENT ? State::Missing : State::Unreadable;
        error_ = errno;
        return;
    }
    std::size_t start = 0;
    Fd current(dir.release());
    while (true) {
        const std::size_t slash = relativePath.find('/', start);
        const bool last = slash == std::string::npos;
        const std::string part =
            relativePath.substr(start, last ? std::string::npos : slash - start);
        const int flags = O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK | (last ? 0 : O_DIRECTORY);
        Fd next(::openat(current.get(), part.c_str(), flags));
        if (next.get() < 0) {
            error_ = errno;
            struct stat st {};
            if (::fstatat(current.get(), part.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
                state_ = State::Missing;
            } else if (S_ISLNK(st.st_mode)) {
                state_ = State::Link;
            } else if (!last && !S_ISDIR(st.st_mode)) {
                state_ = State::Missing;  // a file stands where a folder should be
            } else {
                state_ = State::Unreadable;
            }
            return;
        }
        if (last) {
            struct stat st {};
            if (::fstat(next.get(), &st) != 0 || !S_ISREG(st.st_mode)) {
                state_ = State::NotRegular;
                return;
            }
            size_ = static_cast<std::uint64_t>(st.st_size);
            fd_ = next.release();
            state_ = State::Ok;
            return;
        }
        current.reset(next.release());
        start = slash + 1;
    }
}

ContainedFile::ContainedFile(ContainedFile&& other) noexcept
    : fd_(other.fd_),
      state_(other.state_),
      error_(other.error_),
      size_(other.size_),
      path_(std::move(other.path_)) {
    other.fd_ = -1;
}

ContainedFile::~ContainedFile() {
    if (fd_ >= 0) {
        ::close(fd_);
    }
}

Text ContainedFile::problem() const {
    switch (state_) {
        case State::Ok:
            break;
        case State::Missing:
            return Text("contained_missing");
        case State::NotRegular:
            return Text("contained_not_regular");
        case State::Link:
            return Text("contained_link");
        case State::Unreadable:
            return Text("contained_unreadable").with("reason", std::strerror(error_));
    }
    return Text("internal_unknown");
}

std::vector<std::uint8_t> ContainedFile::read() const {
    std::vector<std::uint8_t> bytes;
    bytes.reserve(static_cast<std::size_t>(size_));
    readEach([&bytes](std::span<const std::uint8_t> piece) {
        bytes.insert(bytes.end(), piece.begin(), piece.end());
    });
    return bytes;
}

AppError ContainedFile::readFailed() const {
    return AppError(
        ErrorKind::BadInput, "input_unreadable",
        Text("io_read_failed").with("path", path_).with("reason", std::strerror(errno)));
}

std::size_t ContainedFile::readAt(std::span<std::uint8_t> into, std::uint64_t offset) const {
    for (;;) {
        const ssize_t n = ::pread(fd_, into.data(), into.size(), static_cast<off_t>(offset));
        if (n >= 0) {
            return static_cast<std::size_t>(n);
        }
        if (errno != EINTR) {
            throw readFailed();
        }
    }
}

void ContainedFile::readEach(const std::function<void(std::span<const std::uint8_t>)>& each) const {
    std::vector<std::uint8_t> buffer(
        static_cast<std::size_t>(std::min<std::uint64_t>(size_, kPiece)));
    std::uint64_t done = 0;
    while (done < size_) {
        const std::size_t want =
            static_cast<std::size_t>(std::min<std::uint64_t>(size_ - done, kPiece));
        const std::size_t n = readAt({buffer.data(), want}, done);
        if (n == 0) {
            throw AppError(ErrorKind::BadInput, "input_unreadable",
                           Text("input_shrank").with("path", path_));
        }
        each({buffer.data(), n});
        done += n;
    }
    std::uint8_t extra = 0;
    if (readAt({&extra, 1}, done) > 0) {
        throw AppError(ErrorKind::BadInput, "input_unreadable",
                       Text("input_grew").with("path", path_));
    }
}

std::vector<std::uint8_t> ContainedFile::readHead(std::size_t count) const {
    std::vector<std::uint8_t> bytes(count);
    std::size_t done = 0;
    for (std::size_t n = 1; done < count && n > 0; done += n) {
        n = readAt(std::span(bytes).subspan(done), done);
    }
    bytes.resize(done);
    return bytes;
}

ContainedFile::Stream ContainedFile::openStream() const {
    // A new open file description would be a second look-up of the path; a duplicate of
    // the checked descriptor shares its offset, which nothing else here moves (pread).
    Fd copy(::fcntl(fd_, F_DUPFD_CLOEXEC, 0));
    Stream stream(copy.get() < 0 ? nullptr : ::fdopen(copy.get(), "rb"));
    if (!stream) {
        throw readFailed();
    }
    copy.release();
    if (std::fseek(stream.get(), 0, SEEK_SET) != 0) {
        throw readFailed();
    }
    return stream;
}

void ContainedFile::requireUnchangedSize() const {
    struct stat now {};
    if (::fstat(fd_, &now) != 0 || static_cast<std::uint64_t>(now.st_size) != size_) {
        throw AppError(ErrorKind::BadInput, "input_changed",
                       Text("input_changed").with("path", path_));
    }
}

}  // namespace baosong::app
