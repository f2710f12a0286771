#pragma once
// Age from a birth known only to the month (the form's 出生年月).

#include <optional>
#include <string_view>

#include "chinese_text.h"

namespace baosong::policy {

struct AgeRange {
    int youngest = 0;  // if the birthday in the reference month is still to come
    int oldest = 0;    // if it has passed; equal to youngest unless the months match
    bool uncertain() const { return youngest != oldest; }
};

// nullopt when birth is not YYYY-MM.
std::optional<AgeRange> ageOn(std::string_view birth, const Date& reference);

}  // namespace baosong::policy
