#include "age_on_date.h"

namespace baosong::policy {

std::optional<AgeRange> ageOn(std::string_view birth, const Date& reference) {
    const auto born = parseYearMonth(birth);
    if (!born) {
        return std::nullopt;
    }
    const int years = reference.year - born->year;
    if (reference.month > born->month) {
        return AgeRange{years, years};
    }
    if (reference.month < born->month) {
        return AgeRange{years - 1, years - 1};
    }
    // Same month: the day decides, and the form does not record it.
    return AgeRange{years - 1, years};
}

}  // namespace baosong::policy
