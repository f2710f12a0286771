#include "check_rules.h"
#include "chinese_text.h"

namespace baosong::policy {

void checkDeadline(const CheckInput& in, Findings& out) {
    const auto date = parseDate(in.submission.date);
    const auto deadline = parseDate(in.rules.deadline);
    if (date && deadline && *date > *deadline) {
        report(out, "DEADLINE_PASSED", Severity::Warning, std::nullopt, "date",
               findingWords("DEADLINE_PASSED", {{"date", plain(in.submission.date)},
                                                {"deadline", plain(in.rules.deadline)}}));
    }
}

}  // namespace baosong::policy
