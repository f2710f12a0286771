#pragma once
// What a new passphrase must be. Argon2id slows guessing, but cannot save a short word.

#include "crypto/secret_buffer.h"

namespace baosong::app {

inline constexpr std::size_t kMinPassphraseCharacters = 8;

// Throws AppError (BadInput) "passphrase_too_short" or "passphrase_not_utf8".
// whoseKey: the catalogue key naming the passphrase ("passphrase_vault", …).
void requireAcceptableNewPassphrase(const crypto::SecretBuffer& passphrase, const char* whoseKey);

}  // namespace baosong::app
