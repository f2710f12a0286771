#pragma once
// UTF-8 ↔ code points for the whole policy library (the checker's character counts and
// the scanner), over ICU's macros (unicode/utf8.h): one decoder, which refuses what
// Unicode calls ill-formed, overlong forms and surrogates included.

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace baosong::policy {

// Throws ParseError("invalid_utf8") naming the byte offset of the first bad sequence
// (scanner.md: invalid UTF-8 → exit 2 naming the byte offset).
std::u32string decodeUtf8(std::string_view utf8);
// The number of code points, checking the text the same way without keeping a copy.
std::size_t countUtf8(std::string_view utf8);
void appendUtf8(std::string& out, char32_t c);

// One character of a walk: its code point and its bytes [start, end). An ill-formed
// sequence comes as one U+FFFD with valid false, as long as its maximal subpart (Unicode
// §3.9), so that text which is not UTF-8 is still walked to its end.
struct Utf8Step {
    char32_t codePoint = 0;
    std::size_t start = 0;
    std::size_t end = 0;
    bool valid = true;
};
void forEachUtf8(std::string_view utf8, const std::function<void(const Utf8Step&)>& each);

}  // namespace baosong::policy
