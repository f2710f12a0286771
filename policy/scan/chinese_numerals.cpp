#include "chinese_numerals.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace baosong::policy {

namespace {
using namespace std::string_view_literals;

// Units and measure words after which a numeral run is a quantity (scanner.md §0.6 and
// the units of TECH_SPEC, FREQUENCY and QUANTITY). Longest first where one extends another.
constexpr std::array kFollowers = {
    U"部队"sv, U"公里"sv, U"千米"sv, U"马赫"sv, U"兆赫"sv, U"吉赫"sv, U"千赫"sv, U"赫兹"sv,
    U"千牛"sv, U"千瓦"sv, U"万元"sv, U"亿元"sv, U"个营"sv, U"个旅"sv, U"个团"sv, U"个师"sv,
    U"米"sv,   U"吨"sv,   U"节"sv,   U"度"sv,   U"分"sv,   U"秒"sv,   U"年"sv,   U"月"sv,
    U"日"sv,   U"号"sv,   U"枚"sv,   U"发"sv,   U"套"sv,   U"台"sv,   U"架"sv,   U"艘"sv,
    U"辆"sv,   U"部"sv,   U"门"sv,   U"具"sv,   U"颗"sv,   U"元"sv,   U"人"sv,   U"倍"sv,
    U"跳"sv,   U"项"sv,   U"次"sv,   U"名"sv};
constexpr std::array kLeaders = {U"射程"sv, U"经费"sv, U"交付"sv};

std::optional<int> digitOf(char32_t c) {
    switch (c) {
        case U'〇':
        case U'零':
            return 0;
        case U'一':
            return 1;
        case U'二':
        case U'两':
            return 2;
        case U'三':
            return 3;
        case U'四':
            return 4;
        case U'五':
            return 5;
        case U'六':
            return 6;
        case U'七':
            return 7;
        case U'八':
            return 8;
        case U'九':
            return 9;
        default:
            return std::nullopt;
    }
}

std::optional<long long> unitOf(char32_t c) {
    switch (c) {
        case U'十':
            return 10;
        case U'百':
            return 100;
        case U'千':
            return 1000;
        case U'万':
            return 10'000;
        case U'亿':
            return 100'000'000;
        default:
            return std::nullopt;
    }
}

bool isNumeral(char32_t c) {
    return digitOf(c) || unitOf(c);
}

// The value of a run such as 一千五百, 三十, 十二万三千, 一亿二千万, 一千零五.
std::optional<long long> positionalValue(std::u32string_view run) {
    long long total = 0, section = 0, number = 0;
    for (const char32_t c : run) {
        if (const auto d = digitOf(c)) {
            number = *d;
        } else if (const auto u = unitOf(c); *u < 10'000) {
            section += (number == 0 && *u == 10 ? 1 : number) * *u;  // 十二: "一" is implied
            number = 0;
        } else if (*u == 10'000) {
            total += (section + number) * *u;
            section = number = 0;
        } else {
            total = (total + section + number) * *u;
            section = number = 0;
        }
        if (total > 1'000'000'000'000'000LL) {
            return std::nullopt;  // not a quantity anyone writes this way
        }
    }
    return total + section + number;
}

std::u32string digitsOf(std::u32string_view run) {
    bool positional = false;
    for (const char32_t c : run) {
        positional = positional || unitOf(c).has_value();
    }
    std::u32string out;
    if (!positional) {  // 九一二, 二〇二三: digit by digit
        for (const char32_t c : run) {
            out += static_cast<char32_t>(U'0' + static_cast<char32_t>(*digitOf(c)));
        }
        return out;
    }
    const auto value = positionalValue(run);
    if (!value) {
        return std::u32string(run);
    }
    for (const char c : std::to_string(*value)) {
        out += static_cast<char32_t>(c);
    }
    return out;
}

bool startsWithAny(const std::vector<ViewChar>& text, std::size_t at, auto words) {
    for (const auto word : words) {
        bool match = at + word.size() <= text.size();
        for (std::size_t k = 0; match && k < word.size(); ++k) {
            match = text[at + k].c == word[k];
        }
        if (match) {
            return true;
        }
    }
    return false;
}

bool endsWithAny(const std::vector<ViewChar>& text, std::size_t end, auto words) {
    for (const auto word : words) {
        if (word.size() <= end && startsWithAny(text, end - word.size(), std::array{word})) {
            return true;
        }
    }
    return false;
}
}  // namespace

std::vector<ViewChar> convertChineseNumerals(const std::vector<ViewChar>& text) {
    std::vector<ViewChar> out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        if (!isNumeral(text[i].c)) {
            out.push_back(text[i++]);
            continue;
        }
        std::size_t j = i;
        std::u32string run;
        while (j < text.size() && isNumeral(text[j].c)) {
            run += text[j++].c;
        }
        const bool numeric = startsWithAny(text, j, kFollowers) || endsWithAny(text, i, kLeaders);
        if (!numeric) {
            out.insert(out.end(), text.begin() + static_cast<std::ptrdiff_t>(i),
                       text.begin() + static_cast<std::ptrdiff_t>(j));
        } else {
            const OriginalSpan whole{text[i].span.start, text[j - 1].span.end};
            for (const char32_t d : digitsOf(run)) {
                out.push_back({d, whole});
            }
        }
        i = j;
    }
    return out;
}

}  // namespace baosong::policy
