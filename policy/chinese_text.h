#pragma once
// Text measures and formats as the notice and the form use them.

#include <cstddef>
#include <optional>
#include <string_view>

namespace baosong::policy {

// "字" as spec/submission.md counts them: Unicode code points that are not white space
// (ASCII and Unicode spaces, U+3000 ideographic space, line breaks).
std::size_t countCharacters(std::string_view utf8);

// All code points, white space included; nullopt when the bytes are not UTF-8.
std::optional<std::size_t> countCodePoints(std::string_view utf8);

// The text without any white space, for comparing titles and names as people read them.
std::string withoutSpaces(std::string_view utf8);

struct YearMonth {
    int year = 0;
    int month = 0;
};
// "YYYY-MM" with a real month, or nullopt.
std::optional<YearMonth> parseYearMonth(std::string_view text);
// "YYYY-MM-DD" with a real day of that month, or nullopt.
struct Date {
    int year = 0;
    int month = 0;
    int day = 0;
    auto operator<=>(const Date&) const = default;
};
std::optional<Date> parseDate(std::string_view text);

bool isPostcode(std::string_view text);     // six digits
bool isMobile(std::string_view text);       // 11 digits starting with 1
bool isOfficePhone(std::string_view text);  // 0AAA-NNNNNNN[-EXT], area code 3–4 digits
bool isEmail(std::string_view text);        // local@domain.tld, no spaces

bool contains(std::string_view text, std::string_view word);

}  // namespace baosong::policy
