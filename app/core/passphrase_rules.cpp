#include "passphrase_rules.h"

#include <string>

#include "store/app_error.h"

namespace baosong::app {

namespace {
// Counts code points; -1 when the bytes are not UTF-8.
long countCodePoints(std::string_view text) {
    long count = 0;
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        const std::size_t length = c < 0x80           ? 1
                                   : (c >> 5) == 0x6  ? 2
                                   : (c >> 4) == 0xE  ? 3
                                   : (c >> 3) == 0x1E ? 4
                                                      : 0;
        if (length == 0 || i + length > text.size()) {
            return -1;
        }
        for (std::size_t k = 1; k < length; ++k) {
            if ((static_cast<unsigned char>(text[i + k]) >> 6) != 0x2) {
                return -1;
            }
        }
        i += length;
        ++count;
    }
    return count;
}
}  // namespace

void requireAcceptableNewPassphrase(const crypto::SecretBuffer& passphrase, const char* whose) {
    const long characters = countCodePoints(passphrase.view());
    if (characters < 0) {
        throw AppError(ErrorKind::BadInput, "passphrase_not_utf8",
                       std::string(whose) + "不是有效的 UTF-8 文本");
    }
    if (static_cast<std::size_t>(characters) < kMinPassphraseCharacters) {
        throw AppError(ErrorKind::BadInput, "passphrase_too_short",
                       std::string(whose) + "太短：至少需要 " +
                           std::to_string(kMinPassphraseCharacters) + " 个字符");
    }
}

}  // namespace baosong::app
