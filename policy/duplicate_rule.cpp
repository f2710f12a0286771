#include <set>
#include <utility>

#include "check_rules.h"
#include "chinese_text.h"

namespace baosong::policy {

void checkDuplicates(const CheckInput& in, Findings& out) {
    const Submission& s = in.submission;
    std::set<std::pair<std::string, std::string>> seen;
    for (std::size_t i = 0; i < s.candidates.size(); ++i) {
        const auto& c = s.candidates[i];
        if (c.name.empty()) {
            continue;
        }
        if (!seen.emplace(withoutSpaces(c.name), c.birth).second) {
            report(out, "DUPLICATE_CANDIDATE", Severity::Error, i, "name",
                   candidateLabel(s, i) +
                       "与前面一名候选人姓名和出生年月相同，同一人只能推荐一次；请删除重复的一份（"
                       "见通知“三、(二)名额分配”）");
        }
    }
}

}  // namespace baosong::policy
