#include "check_rules.h"

namespace baosong::policy {

namespace {
// One stamped scan: named, found, a PDF, and made from the document as it reads now. The scan
// itself (whose seal, whose signature) is for people to judge; the reviewer looks at it as at any
// attachment.
void checkOne(const CheckInput& in, Findings& out, std::optional<std::size_t> candidate,
              const std::string& field, const std::string& path, const Wording& what) {
    if (path.empty()) {
        report(out, "STAMPED_MISSING", Severity::Error, candidate, field,
               findingWords("STAMPED_MISSING", {{"what", what}}));
        return;
    }
    const std::optional<bool> pdf = in.stampedPdf ? in.stampedPdf(path) : std::nullopt;
    if (!pdf) {
        report(out, "STAMPED_MISSING", Severity::Error, candidate, field,
               findingWords("STAMPED_MISSING.file", {{"what", what}, {"path", plain(path)}}));
    } else if (!*pdf) {
        report(out, "STAMPED_NOT_PDF", Severity::Error, candidate, field,
               findingWords("STAMPED_NOT_PDF", {{"what", what}, {"path", plain(path)}}));
    } else if (in.stampedStale && in.stampedStale(path)) {
        // The scan shows the document as it was; the Word file says otherwise now, perhaps
        // without a sentence the security review took out.
        report(out, "STAMPED_STALE", Severity::Error, candidate, field,
               findingWords("STAMPED_STALE", {{"what", what}}));
    }
}
}  // namespace

// 通知“三、(三)”: 电子版Word及盖章版PDF各一套; “三、(三)1”: the 推荐表, the 汇总表 and the
// 推荐工作情况报告, each 加盖推荐单位公章.
void checkStamped(const CheckInput& in, Findings& out) {
    const Submission& s = in.submission;
    checkOne(in, out, std::nullopt, "stamped.summary", s.stamped.summary,
             findingWords("stamped.summary"));
    checkOne(in, out, std::nullopt, "stamped.report", s.stamped.report,
             findingWords("stamped.report"));
    for (std::size_t i = 0; i < s.candidates.size(); ++i) {
        checkOne(in, out, i, "stamped_form", s.candidates[i].stampedForm,
                 findingWords("stamped.form", {{"who", candidateLabel(s, i)}}));
    }
}

}  // namespace baosong::policy
