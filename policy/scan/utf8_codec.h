#pragma once
// UTF-8 ↔ code points for the scanner, over ICU's macros (unicode/utf8.h).

#include <cstddef>
#include <string>
#include <string_view>

namespace baosong::policy {

// Throws ParseError("invalid_utf8") naming the byte offset of the first bad sequence
// (scanner.md: invalid UTF-8 → exit 2 naming the byte offset).
std::u32string decodeUtf8(std::string_view utf8);
// The number of code points, checking the text the same way without keeping a copy.
std::size_t countUtf8(std::string_view utf8);
void appendUtf8(std::string& out, char32_t c);

}  // namespace baosong::policy
