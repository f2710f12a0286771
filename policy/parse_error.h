#pragma once
// A document that cannot be read as the contract says: where (key path, e.g.
// "candidates[1].birth"), a stable English code, and a Chinese sentence for people.

#include <stdexcept>
#include <string>

namespace baosong::policy {

class ParseError : public std::runtime_error {
  public:
    ParseError(std::string code, std::string keyPath, const std::string& message)
        : std::runtime_error(keyPath.empty() ? message : keyPath + "：" + message),
          code_(std::move(code)),
          keyPath_(std::move(keyPath)) {}

    // "json_syntax", "bom", "too_large", "duplicate_key", "unknown_key", "wrong_type",
    // "invalid_value", "missing_key".
    const std::string& code() const noexcept { return code_; }
    const std::string& keyPath() const noexcept { return keyPath_; }

  private:
    std::string code_;
    std::string keyPath_;
};

}  // namespace baosong::policy
