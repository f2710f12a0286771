#include "check_rules.h"
#include "chinese_text.h"

namespace baosong::policy {

// 通知“三、(二)”末: 已获得国家级荣誉表彰、中宣部“最美”系列称号的科技人员原则上不再推荐，
// 已获得内蒙古“最美科技工作者”称号的科技工作者请勿再次推荐.
void checkHonors(const CheckInput& in, Findings& out) {
    const Submission& s = in.submission;
    for (std::size_t i = 0; i < s.candidates.size(); ++i) {
        const Candidate& c = s.candidates[i];
        bool listed = false;
        for (const auto& former : in.rules.formerAwardees) {
            listed = listed || (withoutSpaces(former.name) == withoutSpaces(c.name) &&
                                (former.employer.empty() || former.employer == c.employer));
        }
        if (c.honors.zuimeiNmg || listed) {
            report(out, "HONOR_NMG_ZUIMEI", Severity::Error, i, "honors.zuimei_nmg",
                   findingWords(listed ? "HONOR_NMG_ZUIMEI.listed" : "HONOR_NMG_ZUIMEI",
                                {{"who", candidateLabel(s, i)}}));
        }
        // The box unticked while the notes name a national honour: the officer may have
        // missed the box, and the notice's "原则上不再推荐" turns on it.
        if (!c.honors.national) {
            for (const std::string& honor : in.rules.nationalHonors) {
                if (contains(c.honors.notes, honor)) {
                    report(out, "HONOR_NATIONAL_UNTICKED", Severity::Warning, i, "honors.national",
                           findingWords("HONOR_NATIONAL_UNTICKED",
                                        {{"who", candidateLabel(s, i)}, {"honor", plain(honor)}}));
                    break;
                }
            }
        }
        if (c.honors.national || c.honors.zuimeiNational) {
            report(out, "HONOR_NATIONAL", Severity::Warning, i,
                   c.honors.national ? "honors.national" : "honors.zuimei_national",
                   findingWords("HONOR_NATIONAL", {{"who", candidateLabel(s, i)}}));
        }
    }
}

}  // namespace baosong::policy
