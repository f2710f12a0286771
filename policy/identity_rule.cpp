#include "check_rules.h"

namespace baosong::policy {

// 通知“四、(三)”: 不包括现役军人、公务员和参照公务员法管理的党政机关、基层科协组织专职工作人员.
void checkIdentity(const CheckInput& in, Findings& out) {
    const Submission& s = in.submission;
    for (std::size_t i = 0; i < s.candidates.size(); ++i) {
        const std::string& identity = s.candidates[i].identity;
        const char* what = identity == "active_military"         ? "现役军人"
                           : identity == "civil_servant"         ? "公务员"
                           : identity == "civil_servant_managed" ? "参照公务员法管理的人员"
                           : identity == "kexie_fulltime" ? "基层科协组织专职工作人员"
                                                          : nullptr;
        if (what != nullptr) {
            report(out, "EXCLUDED_IDENTITY", Severity::Error, i, "identity",
                   candidateLabel(s, i) + "是" + what +
                       "，不在本次推荐范围内（见通知“四、遴选标准（三）”）；请更换候选人");
        }
    }
}

}  // namespace baosong::policy
