#include "check_rules.h"

namespace baosong::policy {

// 附件1 个人声明: 本人接受推荐，承诺推荐材料中所有信息真实可靠 … 候选人签名.
void checkDeclaration(const CheckInput& in, Findings& out) {
    const Submission& s = in.submission;
    for (std::size_t i = 0; i < s.candidates.size(); ++i) {
        if (!s.candidates[i].declarationSigned) {
            report(out, "DECLARATION_UNSIGNED", Severity::Error, i, "declaration_signed",
                   findingWords("DECLARATION_UNSIGNED", {{"who", candidateLabel(s, i)}}));
        }
    }
}

}  // namespace baosong::policy
