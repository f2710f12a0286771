#include "chinese_text.h"

#include <string>

#include "utf8_codec.h"

namespace baosong::policy {

namespace {
bool isSpace(char32_t cp) {
    return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || cp == 0x85 || cp == 0xA0 || cp == 0x1680 ||
           (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F ||
           cp == 0x205F || cp == 0x3000;
}

bool allDigits(std::string_view text) {
    if (text.empty()) {
        return false;
    }
    for (char c : text) {
        if (c < '0' || c > '9') {
            return false;
        }
    }
    return true;
}

int number(std::string_view digits) {
    int value = 0;
    for (char c : digits) {
        value = value * 10 + (c - '0');
    }
    return value;
}
}  // namespace

// Invalid bytes count as one character each (strict JSON parsing already refused invalid
// UTF-8; what reaches here otherwise is counted, not refused).
std::size_t countCharacters(std::string_view utf8) {
    std::size_t count = 0;
    forEachUtf8(utf8, [&](const Utf8Step& c) { count += isSpace(c.codePoint) ? 0U : 1U; });
    return count;
}

std::optional<std::size_t> countCodePoints(std::string_view utf8) {
    std::size_t count = 0;
    bool valid = true;
    forEachUtf8(utf8, [&](const Utf8Step& c) {
        ++count;
        valid = valid && c.valid;
    });
    return valid ? std::optional(count) : std::nullopt;
}

std::string withoutSpaces(std::string_view utf8) {
    std::string out;
    forEachUtf8(utf8, [&](const Utf8Step& c) {
        if (!isSpace(c.codePoint)) {
            out.append(utf8.substr(c.start, c.end - c.start));
        }
    });
    return out;
}

std::optional<YearMonth> parseYearMonth(std::string_view text) {
    if (text.size() != 7 || text[4] != '-' || !allDigits(text.substr(0, 4)) ||
        !allDigits(text.substr(5, 2))) {
        return std::nullopt;
    }
    const YearMonth ym{number(text.substr(0, 4)), number(text.substr(5, 2))};
    if (ym.year < 1900 || ym.month < 1 || ym.month > 12) {
        return std::nullopt;
    }
    return ym;
}

std::optional<Date> parseDate(std::string_view text) {
    if (text.size() != 10 || text[7] != '-' || !allDigits(text.substr(8, 2))) {
        return std::nullopt;
    }
    const auto ym = parseYearMonth(text.substr(0, 7));
    if (!ym) {
        return std::nullopt;
    }
    const Date d{ym->year, ym->month, number(text.substr(8, 2))};
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
    const int days = kDays[d.month - 1] + (d.month == 2 && leap ? 1 : 0);
    if (d.day < 1 || d.day > days) {
        return std::nullopt;
    }
    return d;
}

bool isPostcode(std::string_view text) {
    return text.size() == 6 && allDigits(text);
}

bool isMobile(std::string_view text) {
    return text.size() == 11 && allDigits(text) && text[0] == '1';
}

bool isOfficePhone(std::string_view text) {
    const auto dash = text.find('-');
    if (dash == std::string_view::npos) {
        return false;
    }
    const auto area = text.substr(0, dash);
    auto rest = text.substr(dash + 1);
    std::string_view extension;
    if (const auto second = rest.find('-'); second != std::string_view::npos) {
        extension = rest.substr(second + 1);
        rest = rest.substr(0, second);
        if (!allDigits(extension) || extension.size() > 6) {
            return false;
        }
    }
    return allDigits(area) && area[0] == '0' && area.size() >= 3 && area.size() <= 4 &&
           allDigits(rest) && rest.size() >= 7 && rest.size() <= 8;
}

bool isEmail(std::string_view text) {
    const auto at = text.find('@');
    if (at == 0 || at == std::string_view::npos ||
        text.find('@', at + 1) != std::string_view::npos) {
        return false;
    }
    const auto domain = text.substr(at + 1);
    const auto dot = domain.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || dot + 2 > domain.size()) {
        return false;
    }
    for (char c : text) {
        if (static_cast<unsigned char>(c) <= ' ' || c == ',' || c == ';') {
            return false;
        }
    }
    return true;
}

bool contains(std::string_view text, std::string_view word) {
    return text.find(word) != std::string_view::npos;
}

}  // namespace baosong::policy
