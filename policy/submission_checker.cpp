#include "submission_checker.h"

#include <algorithm>

#include "check_rules.h"

namespace baosong::policy {

namespace {
bool isError(const Finding& f) {
    return f.severity == Severity::Error;
}
}  // namespace

bool CheckReport::ok() const {
    return std::none_of(findings.begin(), findings.end(), isError);
}

std::size_t CheckReport::errorCount() const {
    return static_cast<std::size_t>(std::count_if(findings.begin(), findings.end(), isError));
}

const Finding* CheckReport::firstError() const {
    const auto first = std::find_if(findings.begin(), findings.end(), isError);
    return first == findings.end() ? nullptr : &*first;
}

Wording candidateLabel(const Submission& s, std::size_t index) {
    const std::string& name = s.candidates[index].name;
    const Wording number = plain(std::to_string(index + 1));
    return name.empty()
               ? findingWords("candidate_unnamed", {{"number", number}})
               : findingWords("candidate_named", {{"name", plain(name)}, {"number", number}});
}

CheckReport checkSubmission(const CheckInput& input) {
    CheckReport result{input.rules.campaign, {}};
    for (const Candidate& c : input.submission.candidates) {
        result.candidateNames.push_back(c.name);
    }
    for (const auto rule :
         {checkQuota, checkYouth, checkDuplicates, checkReport, checkDeadline, checkUnitId,
          checkFields, checkTitle, checkAreas, checkIdentity, checkHonors, checkHistory,
          checkTextLengths, checkPhotos, checkDeclaration, checkOpinions, checkStamped}) {
        rule(input, result.findings);
    }
    // Submission-wide findings first, then each candidate's together, keeping rule order.
    std::stable_sort(
        result.findings.begin(), result.findings.end(), [](const Finding& a, const Finding& b) {
            const auto key = [](const Finding& f) { return f.candidate ? *f.candidate + 1 : 0; };
            return key(a) < key(b);
        });
    return result;
}

}  // namespace baosong::policy
