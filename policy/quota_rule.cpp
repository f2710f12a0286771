#include "check_rules.h"

namespace baosong::policy {

namespace {
constexpr const char* kSource = "见通知“三、(二)名额分配”";

// The quota after grants: only a grant whose signature app/ verified, for this unit and
// this campaign, counts; every other grant is reported.
int effectiveMax(const CheckInput& in, int max, Findings& out) {
    for (const GrantEvidence& g : in.grants) {
        const Submission& s = in.submission;
        if (g.signature == GrantEvidence::Signature::NotChecked) {
            report(out, "GRANT_INVALID", Severity::Error, std::nullopt, "grants",
                   "名额调整批复“" + g.path +
                       "”无法核验：批复文件或其签名（.minisig）缺失，或尚未导入国防科工办的公钥，"
                       "暂按通知原名额检查；请导入国防科工办的公钥（baosong keys VAULT "
                       "import-office）并附上批复的签名文件（见通知“三、(二)名额分配”）");
        } else if (g.signature == GrantEvidence::Signature::Invalid) {
            report(out, "GRANT_INVALID", Severity::Error, std::nullopt, "grants",
                   "名额调整批复“" + g.path +
                       "”的签名无法用国防科工办的密钥验证，不予采用；请向国防科工办索取正式签发的批"
                       "复文件"
                       "（通知“三、(二)”：增加名额须经主办单位同意）");
        } else if (g.unit != s.unit.id || g.campaign != s.campaign) {
            report(out, "GRANT_INVALID", Severity::Error, std::nullopt, "grants",
                   "名额调整批复“" + g.path + "”是发给其他单位或其他活动的（单位 " + g.unit +
                       "，活动 " + g.campaign +
                       "），不能用于本单位；请删除该批复（见通知“三、(二)名额分配”）");
        } else if (g.max > max) {
            max = g.max;
        }
    }
    return max;
}
}  // namespace

void checkQuota(const CheckInput& in, Findings& out) {
    const Submission& s = in.submission;
    if (s.candidates.empty()) {
        report(out, "NO_CANDIDATES", Severity::Error, std::nullopt, "candidates",
               "没有填写任何候选人；请至少推荐 1 名候选人（" + std::string(kSource) + "）");
    }
    const auto channel = in.rules.channels.find(s.channel);
    if (s.channel.empty()) {
        report(out, "FIELD_MISSING", Severity::Error, std::nullopt, "channel",
               "推荐渠道未填写，无法核对名额和青年要求；请填写（军工单位为 "
               "defense_unit，见通知“三、(二)名额分配”）");
        return;
    }
    if (channel == in.rules.channels.end()) {
        report(out, "FIELD_FORMAT", Severity::Error, std::nullopt, "channel",
               "规则集“" + in.rules.campaign + "”没有推荐渠道“" + s.channel +
                   "”的名额，无法核对；请确认推荐渠道，或使用国防科工办下发的规则集（见通知“三、("
                   "二)名额分配”）");
        return;
    }
    const ChannelQuota& quota = channel->second;
    const int max = effectiveMax(in, quota.max, out);
    const auto count = static_cast<int>(s.candidates.size());
    if (count > max) {
        report(out, "QUOTA_EXCEEDED", Severity::Error, std::nullopt, "candidates",
               "推荐了 " + std::to_string(count) + " 名候选人，超过本渠道名额 " +
                   std::to_string(max) + " 名（" + kSource +
                   "）；请减少候选人，或先取得国防科工办签发的名额调整批复");
    } else if (quota.exact && count > 0 && count < quota.max) {
        report(out, "QUOTA_SHORT", Severity::Warning, std::nullopt, "candidates",
               "本渠道应推荐 " + std::to_string(quota.max) + " 名候选人，目前只有 " +
                   std::to_string(count) + " 名（" + kSource + "）");
    }
}

}  // namespace baosong::policy
