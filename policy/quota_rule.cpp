#include "check_rules.h"

namespace baosong::policy {

namespace {
// The quota after grants: only a grant whose signature app/ verified, for this unit and
// this campaign, counts; every other grant is reported.
int effectiveMax(const CheckInput& in, int max, Findings& out) {
    for (const GrantEvidence& g : in.grants) {
        const Submission& s = in.submission;
        if (g.signature == GrantEvidence::Signature::NotChecked) {
            report(out, "GRANT_INVALID", Severity::Error, std::nullopt, "grants",
                   findingWords("GRANT_INVALID.unchecked", {{"path", plain(g.path)}}));
        } else if (g.signature == GrantEvidence::Signature::Invalid) {
            report(out, "GRANT_INVALID", Severity::Error, std::nullopt, "grants",
                   findingWords("GRANT_INVALID.signature", {{"path", plain(g.path)}}));
        } else if (g.unit != s.unit.id || g.campaign != s.campaign) {
            report(out, "GRANT_INVALID", Severity::Error, std::nullopt, "grants",
                   findingWords("GRANT_INVALID.other", {{"path", plain(g.path)},
                                                        {"unit", plain(g.unit)},
                                                        {"campaign", plain(g.campaign)}}));
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
               findingWords("NO_CANDIDATES"));
    }
    const auto channel = in.rules.channels.find(s.channel);
    if (s.channel.empty()) {
        report(out, "FIELD_MISSING", Severity::Error, std::nullopt, "channel",
               findingWords("FIELD_MISSING.channel"));
        return;
    }
    if (channel == in.rules.channels.end()) {
        report(out, "FIELD_FORMAT", Severity::Error, std::nullopt, "channel",
               findingWords("FIELD_FORMAT.channel", {{"campaign", plain(in.rules.campaign)},
                                                     {"channel", plain(s.channel)}}));
        return;
    }
    const ChannelQuota& quota = channel->second;
    const int max = effectiveMax(in, quota.max, out);
    const auto count = static_cast<int>(s.candidates.size());
    if (count > max) {
        report(out, "QUOTA_EXCEEDED", Severity::Error, std::nullopt, "candidates",
               findingWords("QUOTA_EXCEEDED", {{"count", plain(std::to_string(count))},
                                               {"max", plain(std::to_string(max))}}));
    } else if (quota.exact && count > 0 && count < quota.max) {
        report(out, "QUOTA_SHORT", Severity::Warning, std::nullopt, "candidates",
               findingWords("QUOTA_SHORT", {{"max", plain(std::to_string(quota.max))},
                                            {"count", plain(std::to_string(count))}}));
    }
}

}  // namespace baosong::policy
