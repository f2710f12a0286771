#include "check_rules.h"
#include "chinese_text.h"

namespace baosong::policy {

// 附件1 填表说明 5: 应填写具体的职务，如“研究员”、“研究员级高级工程师”等，请勿填写“正高”、“副高”等.
// A grade is refused only as the whole entry: 高级工程师 is a post although it contains 高级.
void checkTitle(const CheckInput& in, Findings& out) {
    const Submission& s = in.submission;
    for (std::size_t i = 0; i < s.candidates.size(); ++i) {
        const std::string title = withoutSpaces(s.candidates[i].title);
        for (const auto& vague : in.rules.vagueTitles) {
            if (title == vague) {
                report(out, "TITLE_NOT_SPECIFIC", Severity::Error, i, "title",
                       findingWords("TITLE_NOT_SPECIFIC",
                                    {{"who", candidateLabel(s, i)}, {"title", plain(title)}}));
                break;
            }
        }
    }
}

}  // namespace baosong::policy
