#include "passphrase_rules.h"

#include <string>

#include "base/app_error.h"
#include "policy/chinese_text.h"

namespace baosong::app {

void requireAcceptableNewPassphrase(const crypto::SecretBuffer& passphrase, const char* whose) {
    const auto characters = policy::countCodePoints(passphrase.view());
    if (!characters) {
        throw AppError(ErrorKind::BadInput, "passphrase_not_utf8",
                       std::string(whose) + "不是有效的 UTF-8 文本");
    }
    if (*characters < kMinPassphraseCharacters) {
        throw AppError(ErrorKind::BadInput, "passphrase_too_short",
                       std::string(whose) + "太短：至少需要 " +
                           std::to_string(kMinPassphraseCharacters) + " 个字符");
    }
}

}  // namespace baosong::app
