#include "age_on_date.h"
#include "check_rules.h"

namespace baosong::policy {

// 45岁以下 includes 45 (《民法典》第1259条: 以下 includes the number), unless the rule set says
// otherwise. Birth is known to the month, so in the reference month itself the age is
// one of two values.
void checkYouth(const CheckInput& in, Findings& out) {
    const Submission& s = in.submission;
    const auto channel = in.rules.channels.find(s.channel);
    if (s.candidates.empty() || channel == in.rules.channels.end() ||
        !channel->second.youthRequired) {
        return;
    }
    const auto reference = parseDate(in.rules.ageReferenceDate);
    if (!reference) {
        return;
    }
    const int limit = in.rules.youthMaxAge - (in.rules.youthInclusive ? 0 : 1);
    bool certain = false;
    std::vector<Wording> uncertainNames;
    for (std::size_t i = 0; i < s.candidates.size(); ++i) {
        const auto age = ageOn(s.candidates[i].birth, *reference);
        if (!age) {
            continue;  // FIELD_FORMAT reports the birth itself
        }
        if (age->oldest <= limit) {
            certain = true;
        } else if (age->youngest <= limit) {
            uncertainNames.push_back(plain(s.candidates[i].name));
        }
    }
    const Wording rule =
        findingWords(in.rules.youthInclusive ? "youth_rule.inclusive" : "youth_rule.exclusive",
                     {{"age", plain(std::to_string(in.rules.youthMaxAge))},
                      {"date", plain(in.rules.ageReferenceDate)}});
    if (certain) {
        return;
    }
    if (!uncertainNames.empty()) {
        report(out, "YOUTH_UNCERTAIN", Severity::Warning, std::nullopt, "candidates",
               findingWords("YOUTH_UNCERTAIN", {{"names", listOf(uncertainNames)},
                                                {"rule", rule},
                                                {"age", plain(std::to_string(limit + 1))}}));
        return;
    }
    report(out, "YOUTH_MISSING", Severity::Error, std::nullopt, "candidates",
           findingWords("YOUTH_MISSING", {{"rule", rule}}));
}

}  // namespace baosong::policy
