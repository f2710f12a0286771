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
                   findingWords("DUPLICATE_CANDIDATE", {{"who", candidateLabel(s, i)}}));
        }
    }
}

}  // namespace baosong::policy
