#include "china_today.h"

#include <chrono>
#include <cstdio>

namespace baosong::app {

std::string todayInChina() {
    const auto now = std::chrono::system_clock::now() + std::chrono::hours(8);
    const std::chrono::year_month_day day{std::chrono::floor<std::chrono::days>(now)};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(day.year()),
                  static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
    return text;
}

}  // namespace baosong::app
