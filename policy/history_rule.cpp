#include "check_rules.h"
#include "chinese_text.h"

namespace baosong::policy {

namespace {
int monthIndex(const YearMonth& ym) {
    return ym.year * 12 + ym.month - 1;
}
}  // namespace

// 附件1 学习工作经历: periods in order, none running backwards. "至今" is open-ended; only
// the last period may use it. Touching periods (one ends the month the next begins) are
// normal for a move between posts.
void checkHistory(const CheckInput& in, Findings& out) {
    const Submission& s = in.submission;
    for (std::size_t i = 0; i < s.candidates.size(); ++i) {
        const auto& history = s.candidates[i].history;
        int previousEnd = -1;
        for (std::size_t k = 0; k < history.size(); ++k) {
            const auto from = parseYearMonth(history[k].from);
            const bool open = history[k].to == "至今";
            const auto to = parseYearMonth(history[k].to);
            if (!from || (!open && !to)) {
                continue;  // FIELD_FORMAT reports it
            }
            const std::string field = "history[" + std::to_string(k) + "]";
            const int start = monthIndex(*from);
            const int end = open ? 1'000'000 : monthIndex(*to);
            if (end < start) {
                report(out, "HISTORY_ORDER", Severity::Warning, i, field,
                       findingWords("HISTORY_ORDER.reversed",
                                    {{"who", candidateLabel(s, i)},
                                     {"number", plain(std::to_string(k + 1))},
                                     {"from", plain(history[k].from)},
                                     {"to", plain(history[k].to)}}));
            } else if (start < previousEnd) {
                report(out, "HISTORY_ORDER", Severity::Warning, i, field,
                       findingWords("HISTORY_ORDER.overlap",
                                    {{"who", candidateLabel(s, i)},
                                     {"number", plain(std::to_string(k + 1))}}));
            }
            previousEnd = std::max(previousEnd, end);
        }
    }
}

}  // namespace baosong::policy
