#include "shown_time.h"

#include <cstdio>
#include <ctime>
#include <optional>

namespace baosong::app {

namespace {
std::optional<std::time_t> parseUtc(std::string_view text) {
    if (text.size() != 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' ||
        text[13] != ':' || text[16] != ':' || text[19] != 'Z') {
        return std::nullopt;
    }
    static constexpr std::size_t kDigitsAt[] = {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18};
    for (const std::size_t i : kDigitsAt) {
        if (text[i] < '0' || text[i] > '9') {
            return std::nullopt;
        }
    }
    const auto number = [&](std::size_t at, std::size_t digits) {
        int n = 0;
        for (std::size_t i = at; i < at + digits; ++i) {
            n = n * 10 + (text[i] - '0');
        }
        return n;
    };
    std::tm tm{};
    tm.tm_year = number(0, 4) - 1900;
    tm.tm_mon = number(5, 2) - 1;
    tm.tm_mday = number(8, 2);
    tm.tm_hour = number(11, 2);
    tm.tm_min = number(14, 2);
    tm.tm_sec = number(17, 2);
    if (tm.tm_mon > 11 || tm.tm_mday < 1 || tm.tm_mday > 31 || tm.tm_hour > 23 || tm.tm_min > 59 ||
        tm.tm_sec > 60) {
        return std::nullopt;
    }
    return timegm(&tm);
}

// tm as "YYYY-MM-DD HH:MM:SS ±HH:MM", offset in seconds east of UTC.
std::string shown(const std::tm& tm, long offset) {
    char day[32];
    std::strftime(day, sizeof day, "%Y-%m-%d %H:%M:%S", &tm);
    // Offsets are within a day (±14 h), so the hours and minutes take two digits each.
    const int minutes = static_cast<int>(((offset < 0 ? -offset : offset) / 60) % (24 * 60));
    char zone[32];
    std::snprintf(zone, sizeof zone, " %c%02d:%02d", offset < 0 ? '-' : '+', minutes / 60,
                  minutes % 60);
    return std::string(day) + zone;
}
}  // namespace

std::string localTime(std::string_view utc) {
    const auto t = parseUtc(utc);
    std::tm tm{};
    if (!t || localtime_r(&*t, &tm) == nullptr) {
        return std::string(utc);
    }
    return shown(tm, tm.tm_gmtoff);
}

std::string chinaTime(std::string_view utc) {
    constexpr long kChina = 8 * 3600;
    const auto t = parseUtc(utc);
    std::tm tm{};
    if (!t) {
        return std::string(utc);
    }
    const std::time_t shifted = *t + kChina;
    if (gmtime_r(&shifted, &tm) == nullptr) {
        return std::string(utc);
    }
    return shown(tm, kChina);
}

}  // namespace baosong::app
