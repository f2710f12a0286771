#include "check_rules.h"
#include "chinese_text.h"
#include "opinion_decision.h"

namespace baosong::policy {

OpinionDecision opinionDecision(const std::string& opinion) {
    // 不同意推荐 contains 同意推荐: test the refusal first.
    if (contains(opinion, "不同意推荐")) {
        return OpinionDecision::Refuse;
    }
    return contains(opinion, "同意推荐") ? OpinionDecision::Agree : OpinionDecision::None;
}

namespace {

void judge(Findings& out, const Submission& s, std::size_t i, const char* field,
           const std::string& opinion) {
    const Wording box = findingWords(std::string("label.") + field);
    switch (opinionDecision(opinion)) {
        case OpinionDecision::None:
            report(
                out, "OPINION_NO_DECISION", Severity::Error, i, field,
                findingWords("OPINION_NO_DECISION", {{"who", candidateLabel(s, i)}, {"box", box}}));
            break;
        case OpinionDecision::Refuse:
            report(out, "OPINION_REFUSED", Severity::Error, i, field,
                   findingWords("OPINION_REFUSED", {{"who", candidateLabel(s, i)}, {"box", box}}));
            break;
        case OpinionDecision::Agree:
            break;
    }
}
}  // namespace

// 附件1 所在单位意见: 需对候选人政治表现、廉洁自律、道德品行，以及材料的真实性、准确性及涉密情况
// 出具明确意见。意见中应明确写出是否同意推荐. For defense units the 推荐单位 is the office
// itself (填表说明 2), which writes its opinion after opening the bundle.
void checkOpinions(const CheckInput& in, Findings& out) {
    const Submission& s = in.submission;
    const bool officeRecommends = s.channel == "defense_unit";
    for (std::size_t i = 0; i < s.candidates.size(); ++i) {
        const Candidate& c = s.candidates[i];
        if (!c.unitOpinion.empty()) {
            judge(out, s, i, "unit_opinion", c.unitOpinion);
            std::vector<Wording> missing;
            for (const auto& [topic, words] : in.rules.opinionTopics) {
                bool covered = false;
                for (const auto& word : words) {
                    covered = covered || contains(c.unitOpinion, word);
                }
                if (!covered) {
                    missing.push_back(plain(topic));  // the rule set's own word for it
                }
            }
            if (!missing.empty()) {
                report(out, "OPINION_INCOMPLETE", Severity::Warning, i, "unit_opinion",
                       findingWords("OPINION_INCOMPLETE",
                                    {{"who", candidateLabel(s, i)}, {"topics", listOf(missing)}}));
            }
        }
        const bool recommenderDue = !officeRecommends || in.officeRecheck;
        if (recommenderDue) {
            judge(out, s, i, "recommender_opinion", c.recommenderOpinion);
        }
    }
}

}  // namespace baosong::policy
