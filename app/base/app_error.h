#pragma once
// The error every app/ function throws: a stable English code for machines, a Chinese
// sentence for people that says what to do next, and the kind of failure, which the CLI
// maps to its exit code (spec/cli.md) and the GUI to how it reacts.

#include <stdexcept>
#include <string>

namespace baosong::app {

enum class ErrorKind {
    Problem = 1,   // the work ran and found a problem
    BadInput = 2,  // bad usage or unreadable input; nothing was changed
    Locked = 3,    // wrong passphrase, or the vault is locked or in use
};

class AppError : public std::runtime_error {
  public:
    AppError(ErrorKind kind, std::string code, const std::string& message)
        : std::runtime_error(message), kind_(kind), code_(std::move(code)) {}

    ErrorKind kind() const noexcept { return kind_; }
    const std::string& code() const noexcept { return code_; }

  private:
    ErrorKind kind_;
    std::string code_;
};

}  // namespace baosong::app
