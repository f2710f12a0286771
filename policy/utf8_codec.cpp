#include "utf8_codec.h"

#include <unicode/utf8.h>

#include <cstdint>

// ICU's UTF-8 macros mix signed and unsigned arithmetic inside; the warnings are theirs.
#pragma GCC diagnostic ignored "-Wsign-conversion"
#pragma GCC diagnostic ignored "-Wconversion"
#pragma GCC diagnostic ignored "-Wold-style-cast"
#pragma GCC diagnostic ignored "-Wuseless-cast"

#include "policy/parse_error.h"

namespace baosong::policy {

namespace {
int32_t lengthOf(std::string_view utf8) {
    if (utf8.size() > static_cast<std::size_t>(INT32_MAX)) {
        throw ParseError("too_large", "", "文本超过 2 GiB，无法处理");
    }
    return static_cast<int32_t>(utf8.size());
}

// The one walk over the bytes; a template, so that the scanner's decoding (every text of
// every scan) calls no std::function per character.
template <typename Each>
void walkSteps(std::string_view utf8, Each each) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
    const int32_t length = lengthOf(utf8);
    int32_t i = 0;
    while (i < length) {
        const int32_t at = i;
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        each(Utf8Step{c >= 0 ? static_cast<char32_t>(c) : char32_t{0xFFFD},
                      static_cast<std::size_t>(at), static_cast<std::size_t>(i), c >= 0});
    }
}

// Calls visit(code point) for each character; throws at the first bad sequence.
template <typename Visit>
void walkUtf8(std::string_view utf8, Visit visit) {
    walkSteps(utf8, [&](const Utf8Step& step) {
        if (!step.valid) {
            throw ParseError("invalid_utf8", "",
                             "文本不是有效的 UTF-8（第 " + std::to_string(step.start) +
                                 " 字节）；请另存为 UTF-8 编码");
        }
        visit(step.codePoint);
    });
}
}  // namespace

void forEachUtf8(std::string_view utf8, const std::function<void(const Utf8Step&)>& each) {
    walkSteps(utf8, each);
}

std::u32string decodeUtf8(std::string_view utf8) {
    std::u32string out;
    out.reserve(utf8.size());
    walkUtf8(utf8, [&](char32_t c) { out += c; });
    return out;
}

std::size_t countUtf8(std::string_view utf8) {
    std::size_t count = 0;
    walkUtf8(utf8, [&](char32_t) { ++count; });
    return count;
}

void appendUtf8(std::string& out, char32_t c) {
    uint8_t buffer[U8_MAX_LENGTH];
    int32_t length = 0;
    UBool error = false;
    U8_APPEND(buffer, length, U8_MAX_LENGTH, static_cast<UChar32>(c), error);
    if (!error) {
        out.append(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(length));
    }
}

}  // namespace baosong::policy
