#include "check_rules.h"

namespace baosong::policy {

// 通知“四、(三)”: 不包括现役军人、公务员和参照公务员法管理的党政机关、基层科协组织专职工作人员.
void checkIdentity(const CheckInput& in, Findings& out) {
    const Submission& s = in.submission;
    for (std::size_t i = 0; i < s.candidates.size(); ++i) {
        const std::string& identity = s.candidates[i].identity;
        const bool excluded = identity == "active_military" || identity == "civil_servant" ||
                              identity == "civil_servant_managed" || identity == "kexie_fulltime";
        if (excluded) {
            report(out, "EXCLUDED_IDENTITY", Severity::Error, i, "identity",
                   findingWords("EXCLUDED_IDENTITY",
                                {{"who", candidateLabel(s, i)},
                                 {"identity", findingWords(std::string("identity.") + identity)}}));
        }
    }
}

}  // namespace baosong::policy
