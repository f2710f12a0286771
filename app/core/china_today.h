#pragma once
// Today's date where the notice's dates are kept: China has one zone, UTC+8, without
// daylight saving.

#include <string>

namespace baosong::app {

std::string todayInChina();  // "YYYY-MM-DD"

}  // namespace baosong::app
