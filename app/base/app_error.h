#pragma once
// The error every app/ function throws: a stable English code for machines, a sentence for
// people that says what to do next (a key of the sentence catalogue with its values, so each
// front end says it in its reader's language), and the kind of failure, which the CLI maps to
// its exit code (spec/cli.md) and the GUI to how it reacts.

#include <stdexcept>
#include <string>

#include "base/text.h"

namespace baosong::app {

enum class ErrorKind {
    Problem = 1,   // the work ran and found a problem
    BadInput = 2,  // bad usage or unreadable input; nothing was changed
    Locked = 3,    // wrong passphrase, or the vault is locked or in use
};

class AppError : public std::runtime_error {
  public:
    // what() is the Chinese sentence, for logs and for tests that read it.
    AppError(ErrorKind kind, std::string code, Text text)
        : std::runtime_error(text.chinese()),
          kind_(kind),
          code_(std::move(code)),
          text_(std::move(text)) {}

    ErrorKind kind() const noexcept { return kind_; }
    const std::string& code() const noexcept { return code_; }
    const Text& text() const noexcept { return text_; }
    std::string in(Language language) const { return text_.in(language); }

  private:
    ErrorKind kind_;
    std::string code_;
    Text text_;
};

}  // namespace baosong::app
