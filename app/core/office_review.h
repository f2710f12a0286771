#pragma once
// The office's review (统一审核推荐; 通知“三、(三)”, 附件1 填表说明 2: 国防科工办作为推荐单位):
// every candidate of the latest revision each unit sent, the office's 推荐单位意见 and its
// decision, and the problems only the office can see, across units.

#include <optional>
#include <string>
#include <vector>

#include "base/text.h"
#include "policy/submission.h"
#include "store/office_store.h"
#include "store/vault.h"

namespace baosong::app {

struct ReviewedCandidate {
    std::string unitId;
    std::string unitName;
    std::string campaign;
    long long revision = 0;  // the unit's latest accepted revision
    std::size_t number = 0;  // 序号 in that revision, from 1
    policy::Candidate candidate;
    int unitPolicyErrors = 0;  // the re-check of the unit's bundle at `office open`
    // What that re-check said about this candidate and about the whole submission, each
    // "[CODE] message" in Chinese, errors first.
    std::vector<std::string> recheck;
    // From the bundle's review.json (bundle.md "The review record"): who reviewed it and
    // how many flags and items they decided.
    std::string reviewer;
    int reviewedFlags = 0;
    int reviewedItems = 0;
    std::string opinion;   // 推荐单位意见, "" until written
    std::string decision;  // "", "forward", "withhold"
    std::string reason;
    std::string decidedAt;
    std::string decidedBy;
};

// A problem across units, and what it is about.
struct ReviewWarning {
    // "duplicate_person", "unit_over_quota", "revision_reopened"
    std::string code;
    std::string unitId;
    Text sentence;
};

// A unit as the review sees it: its latest revision and its quota.
struct ReviewedUnit {
    std::string unitId;
    std::string unitName;
    std::string campaign;
    long long revision = 0;
    int candidates = 0;
    int quota = 0;           // the channel's max in the campaign's rule set; 0 when none
    bool overQuota = false;  // the re-check found QUOTA_EXCEEDED (grants counted)
};

struct OfficeReview {
    std::vector<ReviewedUnit> units;            // by campaign, unit id
    std::vector<ReviewedCandidate> candidates;  // by campaign, unit id, 序号
    std::vector<ReviewWarning> warnings;
};

// One person as the review compares people across units: name without white space, and
// birth (policy.md DUPLICATE_CANDIDATE).
std::string personKey(const policy::Candidate& candidate);

// Throws AppError (BadInput) "not_office_vault" in a unit's vault.
OfficeReview officeReview(Vault& vault);

struct CandidateRef {
    std::string unitId;
    std::string campaign;
    std::size_t number = 0;  // 序号, from 1
    // The revision the person deciding was looking at: a later one may number its
    // candidates differently, so the words must not land on another person
    // ("revision_changed"). Unset: the latest, whatever it is.
    std::optional<long long> revision = std::nullopt;
};

// The unit's latest bundle and its submission, where ref's candidate is. Throws AppError
// (BadInput): "not_office_vault", "unit_not_received", "revision_changed",
// "candidate_unknown".
struct LocatedCandidate {
    ReceivedBundle bundle;
    policy::Submission submission;
};
LocatedCandidate locateCandidate(Vault& vault, const CandidateRef& ref);

// Writes the 推荐单位意见 of a candidate of the unit's latest revision. Throws AppError
// (BadInput): "unit_not_received", "revision_changed", "candidate_unknown",
// "opinion_no_decision" (it says
// neither 同意推荐 nor 不同意推荐), "control_character"; the vault is unchanged then. A
// change of opinion clears a decision it contradicts. Audited as `office.opinion`.
// Returns the revision the opinion was written for.
long long writeOfficeOpinion(Vault& vault, const CandidateRef& ref, const std::string& opinion,
                             const std::string& actor);

enum class OfficeDecisionKind { Forward, Withhold };

// Forward needs an opinion that says 同意推荐 ("opinion_missing",
// "decision_contradicts_opinion"); withhold needs a reason ("reason_missing"). Throws as
// writeOfficeOpinion for the candidate. Audited as `office.decision`. Returns the revision.
long long decideCandidate(Vault& vault, const CandidateRef& ref, OfficeDecisionKind kind,
                          const std::string& reason, const std::string& actor);

}  // namespace baosong::app
