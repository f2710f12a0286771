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
    std::string uncertainNames;
    for (std::size_t i = 0; i < s.candidates.size(); ++i) {
        const auto age = ageOn(s.candidates[i].birth, *reference);
        if (!age) {
            continue;  // FIELD_FORMAT reports the birth itself
        }
        if (age->oldest <= limit) {
            certain = true;
        } else if (age->youngest <= limit) {
            uncertainNames += (uncertainNames.empty() ? "" : "、") + s.candidates[i].name;
        }
    }
    const std::string rule = std::to_string(in.rules.youthMaxAge) + " 岁" +
                             (in.rules.youthInclusive ? "及以下" : "以下") + "，按 " +
                             in.rules.ageReferenceDate + " 计算";
    if (certain) {
        return;
    }
    if (!uncertainNames.empty()) {
        report(out, "YOUTH_UNCERTAIN", Severity::Warning, std::nullopt, "candidates",
               "只有" + uncertainNames + "可能满足青年科技工作者条件（" + rule +
                   "）：出生月份与计算日期同月，是否满 " + std::to_string(limit + 1) +
                   " 岁取决于出生日。请核对出生日期；若不满足，须另推荐 1 "
                   "名青年（见通知“三、(二)名额分配”）");
        return;
    }
    report(
        out, "YOUTH_MISSING", Severity::Error, std::nullopt, "candidates",
        "候选人中没有青年科技工作者（" + rule +
            "）。本渠道须包含 1 名青年科技工作者（见通知“三、(二)名额分配”）；请增加或替换 1 名");
}

}  // namespace baosong::policy
