#pragma once
// The line discipline shared by minisign's key and signature files.

#include <string>
#include <string_view>
#include <vector>

namespace baosong::crypto {

inline constexpr std::string_view kUntrustedCommentPrefix = "untrusted comment: ";
inline constexpr std::string_view kTrustedCommentPrefix = "trusted comment: ";

// Splits on '\n', dropping one trailing '\r' per line and a final empty line, as minisign
// reads its files.
std::vector<std::string_view> minisignLines(std::string_view text);

// The text after prefix, or throws CryptoError(code) naming what was expected.
std::string_view afterPrefix(std::string_view line, std::string_view prefix, const char* code);

}  // namespace baosong::crypto
