#include "text_normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "chinese_numerals.h"
#include "policy/parse_error.h"
#include "policy/utf8_codec.h"

namespace baosong::policy {

namespace {
// The CJK Unified Ideographs block and ASCII answer without asking ICU: nearly every
// character of Chinese prose is one of them, and the scanner asks for every character.
bool isIdeograph(char32_t c) {
    if (c >= 0x4E00 && c <= 0x9FFF) {
        return true;
    }
    return c >= 0x80 && u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_IDEOGRAPHIC);
}

bool isIgnorable(char32_t c) {
    if (c < 0x80 || (c >= 0x4E00 && c <= 0x9FFF)) {
        return false;
    }
    return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
}

bool isDigit(char32_t c) {
    return c >= '0' && c <= '9';
}

bool isSpace(char32_t c) {
    return u_isUWhiteSpace(static_cast<UChar32>(c));
}

char32_t foldLookAlike(char32_t c) {
    switch (c) {
        case 0x2010:
        case 0x2011:
        case 0x2012:
        case 0x2013:
        case 0x2014:
        case 0x2015:
        case 0x2212:
        case 0xFE63:
        case 0xFF0D:
            return '-';
        case 0x2606:
        case 0x2729:
        case 0x272D:
        case 0x2B50:
        case 0xFF0A:
        case 0x2217:
        case '*':
            return 0x2605;  // ★
        case 0xFF5E:
        case 0x301C:
            return '~';
        default:
            return c;
    }
}

// NFKC one normalisation segment at a time (a segment ends where ICU says a boundary may
// stand before the next code point), so each output character maps to the original
// segment it came from.
std::vector<ViewChar> nfkc(const icu::Normalizer2& normalizer, const std::u32string& text) {
    std::vector<ViewChar> out;
    out.reserve(text.size());
    UErrorCode status = U_ZERO_ERROR;
    for (std::size_t i = 0; i < text.size();) {
        // Most characters of Chinese prose are inert: NFKC never changes them and they
        // never combine with a neighbour, so they need no ICU string at all.
        if (normalizer.isInert(static_cast<UChar32>(text[i]))) {
            out.push_back({text[i], {i, i + 1}});
            ++i;
            continue;
        }
        std::size_t j = i + 1;
        while (j < text.size() && !normalizer.hasBoundaryBefore(static_cast<UChar32>(text[j]))) {
            ++j;
        }
        icu::UnicodeString segment;
        for (std::size_t k = i; k < j; ++k) {
            segment.append(static_cast<UChar32>(text[k]));
        }
        const icu::UnicodeString normal = normalizer.normalize(segment, status);
        for (int32_t k = 0; k < normal.length(); k = normal.moveIndex32(k, 1)) {
            out.push_back({static_cast<char32_t>(normal.char32At(k)), {i, j}});
        }
        i = j;
    }
    return out;
}

// Drops white space whose neighbours on both sides are ideographs, or are digits.
std::vector<ViewChar> despace(const std::vector<ViewChar>& items) {
    std::vector<ViewChar> out;
    out.reserve(items.size());
    for (std::size_t i = 0; i < items.size();) {
        if (!isSpace(items[i].c)) {
            out.push_back(items[i++]);
            continue;
        }
        std::size_t j = i;
        while (j < items.size() && isSpace(items[j].c)) {
            ++j;
        }
        const bool inside = !out.empty() && j < items.size() &&
                            ((isIdeograph(out.back().c) && isIdeograph(items[j].c)) ||
                             (isDigit(out.back().c) && isDigit(items[j].c)));
        if (!inside) {
            out.insert(out.end(), items.begin() + static_cast<std::ptrdiff_t>(i),
                       items.begin() + static_cast<std::ptrdiff_t>(j));
        }
        i = j;
    }
    return out;
}
}  // namespace

TextNormalizer::TextNormalizer() {
    UErrorCode status = U_ZERO_ERROR;
    nfkc_ = icu::Normalizer2::getNFKCInstance(status);
    if (U_FAILURE(status) || nfkc_ == nullptr) {
        throw ParseError("icu_unavailable", "", "无法加载 Unicode 规范化数据（ICU NFKC）");
    }
}

NormalizedText TextNormalizer::normalize(std::string_view utf8) const {
    return normalize(decodeUtf8(utf8));
}

NormalizedText TextNormalizer::normalize(const std::u32string& text) const {
    std::vector<ViewChar> items = nfkc(*nfkc_, text);
    std::erase_if(items, [](const ViewChar& item) { return isIgnorable(item.c); });
    for (ViewChar& item : items) {
        item.c = foldLookAlike(item.c);
        if (isIdeograph(item.c)) {
            item.c = t2s_.map(item.c);
        }
    }
    NormalizedText result;
    const std::vector<ViewChar> converted = convertChineseNumerals(despace(items));
    result.text.reserve(converted.size());
    result.origin.reserve(converted.size());
    for (const ViewChar& item : converted) {
        result.text += item.c;
        result.origin.push_back(item.span);
    }
    return result;
}

}  // namespace baosong::policy
