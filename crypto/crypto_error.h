#pragma once
// Errors raised by the crypto library: a stable English code for machines and a Chinese
// sentence for people. Callers decide how to present them; nothing here logs.

#include <stdexcept>
#include <string>

namespace baosong::crypto {

class CryptoError : public std::runtime_error {
  public:
    CryptoError(std::string code, std::string message)
        : std::runtime_error(message), code_(std::move(code)) {}

    // Stable identifier, e.g. "wrong_passphrase", "signature_invalid".
    const std::string& code() const noexcept { return code_; }

  private:
    std::string code_;
};

}  // namespace baosong::crypto
