#include "passphrase_source.h"

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>

#include <cerrno>
#include "base/app_error.h"
#include "reader_language.h"

namespace baosong::cli {

namespace {
using app::AppError;
using app::ErrorKind;
using app::Text;
using crypto::SecretBuffer;

constexpr std::size_t kMaxPassphraseBytes = 1024;

// The first line, without its line ending: what `echo pass > file` writes.
SecretBuffer firstLine(const char* data, std::size_t size);

// Straight into secret memory (no stream buffers left behind); a regular file or a pipe,
// so that `--passphrase-file <(pass show unit)` works.
SecretBuffer readPassphraseFile(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        throw AppError(ErrorKind::BadInput, "passphrase_file_unreadable",
                       Text("passphrase_file_unreadable")
                           .with("path", path)
                           .with("reason", std::strerror(errno)));
    }
    SecretBuffer buffer(kMaxPassphraseBytes + 1);
    std::size_t length = 0;
    while (length < buffer.size()) {
        const ssize_t n = ::read(fd, buffer.data() + length, buffer.size() - length);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            break;
        }
        length += static_cast<std::size_t>(n);
    }
    ::close(fd);
    const std::string_view text(reinterpret_cast<const char*>(buffer.data()), length);
    const auto newline = text.find_first_of("\r\n");
    if (newline == std::string_view::npos && length > kMaxPassphraseBytes) {
        throw AppError(ErrorKind::BadInput, "passphrase_too_long",
                       Text("passphrase_file_line_too_long").with("path", path));
    }
    return firstLine(text.data(), text.size());
}

SecretBuffer firstLine(const char* data, std::size_t size) {
    std::size_t length = 0;
    while (length < size && data[length] != '\n' && data[length] != '\r') {
        ++length;
    }
    return SecretBuffer::copyOf(std::string_view(data, length));
}

// Restores the terminal's echo however the read ends.
class EchoOff {
  public:
    explicit EchoOff(int fd) : fd_(fd) {
        if (::tcgetattr(fd_, &saved_) == 0) {
            termios quiet = saved_;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            active_ = ::tcsetattr(fd_, TCSAFLUSH, &quiet) == 0;
        }
    }
    ~EchoOff() {
        if (active_) {
            ::tcsetattr(fd_, TCSAFLUSH, &saved_);
        }
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

  private:
    int fd_;
    termios saved_{};
    bool active_ = false;
};

class Terminal {
  public:
    Terminal() : fd_(::open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY)) {}
    ~Terminal() {
        if (fd_ >= 0) {
            ::close(fd_);
        }
    }
    Terminal(const Terminal&) = delete;
    Terminal& operator=(const Terminal&) = delete;
    bool available() const { return fd_ >= 0; }

    SecretBuffer ask(const Text& prompt) {
        const std::string text = prompt.in(readerLanguage());
        (void)!::write(fd_, text.data(), text.size());
        SecretBuffer buffer(kMaxPassphraseBytes);
        std::size_t length = 0;
        {
            EchoOff quiet(fd_);
            char c = 0;
            while (::read(fd_, &c, 1) == 1 && c != '\n' && c != '\r') {
                if (length == buffer.size()) {
                    throw AppError(ErrorKind::BadInput, "passphrase_too_long",
                                   Text("passphrase_too_long"));
                }
                buffer.data()[length++] = static_cast<std::uint8_t>(c);
            }
        }
        (void)!::write(fd_, "\n", 1);
        return SecretBuffer::copyOf(buffer.bytes().first(length));
    }

  private:
    int fd_;
};
}  // namespace

SecretBuffer readPassphrase(const Arguments& args, const PassphraseOrigin& origin, bool confirm) {
    SecretBuffer passphrase;
    if (const auto file = args.value(origin.fileOption)) {
        passphrase = readPassphraseFile(*file);
    } else if (const char* env = std::getenv(origin.environment); env != nullptr) {
        passphrase = firstLine(env, std::strlen(env));
    } else {
        Terminal terminal;
        if (!terminal.available()) {
            throw AppError(ErrorKind::BadInput, "passphrase_unavailable",
                           Text("passphrase_unavailable")
                               .with("what", Text(origin.promptKey))
                               .with("option", origin.fileOption)
                               .with("environment", origin.environment));
        }
        passphrase = terminal.ask(Text("prompt_enter").with("what", Text(origin.promptKey)));
        if (confirm && !passphrase.equals(terminal.ask(
                           Text("prompt_enter_again").with("what", Text(origin.promptKey))))) {
            throw AppError(ErrorKind::BadInput, "passphrase_mismatch", Text("passphrase_mismatch"));
        }
    }
    if (passphrase.empty()) {
        // Empty is a wrong passphrase for a vault that exists, bad input for a new one.
        throw AppError(confirm ? ErrorKind::BadInput : ErrorKind::Locked, "passphrase_empty",
                       Text("passphrase_empty").with("what", Text(origin.promptKey)));
    }
    return passphrase;
}

}  // namespace baosong::cli
