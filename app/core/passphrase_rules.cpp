#include "passphrase_rules.h"

#include <string>

#include "base/app_error.h"
#include "policy/chinese_text.h"

namespace baosong::app {

void requireAcceptableNewPassphrase(const crypto::SecretBuffer& passphrase, const char* whoseKey) {
    const auto characters = policy::countCodePoints(passphrase.view());
    if (!characters) {
        throw AppError(ErrorKind::BadInput, "passphrase_not_utf8",
                       Text("passphrase_not_utf8").with("whose", Text(whoseKey)));
    }
    if (*characters < kMinPassphraseCharacters) {
        throw AppError(ErrorKind::BadInput, "passphrase_too_short",
                       Text("passphrase_too_short")
                           .with("whose", Text(whoseKey))
                           .with("min", std::to_string(kMinPassphraseCharacters)));
    }
}

}  // namespace baosong::app
