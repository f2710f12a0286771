#include "check_rules.h"
#include "chinese_text.h"

namespace baosong::policy {

// 通知“三、(三)1”: 推荐工作情况报告 … 在报告中写明评选过程.
void checkReport(const CheckInput& in, Findings& out) {
    const std::string& report_ = in.submission.report;
    if (countCharacters(report_) == 0) {
        report(out, "REPORT_MISSING", Severity::Error, std::nullopt, "report",
               findingWords("REPORT_MISSING.empty"));
        return;
    }
    for (const auto& word : in.rules.reportProcessWords) {
        if (contains(report_, word)) {
            return;
        }
    }
    report(out, "REPORT_MISSING", Severity::Error, std::nullopt, "report",
           findingWords("REPORT_MISSING.process"));
}

}  // namespace baosong::policy
