#pragma once
// The checks of the notice, one function per group of finding codes (spec/policy.md).
// Each appends its findings; none throws for bad data, which is what they judge.

#include "check_input.h"
#include "finding.h"

namespace baosong::policy {

void checkQuota(const CheckInput& in, Findings& out);       // NO_CANDIDATES QUOTA_* GRANT_INVALID
void checkYouth(const CheckInput& in, Findings& out);       // YOUTH_MISSING YOUTH_UNCERTAIN
void checkDuplicates(const CheckInput& in, Findings& out);  // DUPLICATE_CANDIDATE
void checkReport(const CheckInput& in, Findings& out);      // REPORT_MISSING
void checkDeadline(const CheckInput& in, Findings& out);    // DEADLINE_PASSED
void checkUnitId(const CheckInput& in, Findings& out);      // UNIT_ID_INVALID
void checkFields(const CheckInput& in, Findings& out);      // FIELD_MISSING FIELD_FORMAT
void checkTitle(const CheckInput& in, Findings& out);       // TITLE_NOT_SPECIFIC
void checkAreas(const CheckInput& in, Findings& out);       // AREA_INVALID DISCIPLINE_INVALID
void checkIdentity(const CheckInput& in, Findings& out);    // EXCLUDED_IDENTITY
void checkHonors(const CheckInput& in,
                 Findings& out);  // HONOR_NMG_ZUIMEI HONOR_NATIONAL(_UNTICKED)
void checkHistory(const CheckInput& in, Findings& out);      // HISTORY_ORDER
void checkTextLengths(const CheckInput& in, Findings& out);  // DEEDS_LENGTH STORY_*
void checkPhotos(const CheckInput& in, Findings& out);       // PHOTO_* LIFE_PHOTO_COUNT ID_PHOTO_*
void checkDeclaration(const CheckInput& in, Findings& out);  // DECLARATION_UNSIGNED
void checkOpinions(const CheckInput& in, Findings& out);     // OPINION_*
void checkStamped(const CheckInput& in, Findings& out);      // STAMPED_*

// Shorthand for the rules: a finding about the submission (candidate none) or one
// candidate.
inline void report(Findings& out, const char* code, Severity severity,
                   std::optional<std::size_t> candidate, std::string field, Wording message) {
    out.push_back({code, severity, candidate, std::move(field), std::move(message.zh),
                   std::move(message.en)});
}

// "候选人“张三”（第 1 名）" / "candidate 张三 (no. 1)" for messages.
Wording candidateLabel(const Submission& s, std::size_t index);

}  // namespace baosong::policy
