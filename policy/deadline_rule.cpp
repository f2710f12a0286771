#include "check_rules.h"
#include "chinese_text.h"

namespace baosong::policy {

void checkDeadline(const CheckInput& in, Findings& out) {
    const auto date = parseDate(in.submission.date);
    const auto deadline = parseDate(in.rules.deadline);
    if (date && deadline && *date > *deadline) {
        report(
            out, "DEADLINE_PASSED", Severity::Warning, std::nullopt, "date",
            "填报日期 " + in.submission.date + " 晚于报送截止日期 " + in.rules.deadline +
                "（见通知“三、(三)报送材料要求”）；请与国防科工办科技信息处联系确认是否仍可报送");
    }
}

}  // namespace baosong::policy
