#include "office_review.h"

#include <map>
#include <nlohmann/json.hpp>

#include "base/app_error.h"
#include "office_summary.h"
#include "policy/chinese_text.h"
#include "policy/control_characters.h"
#include "policy/opinion_decision.h"
#include "policy/submission_json.h"
#include "store/audit_log.h"
#include "store/office_decision_store.h"
#include "store/office_store.h"
#include "submission_check.h"

namespace baosong::app {

namespace {
// An opinion fills its box on the 推荐表; 附件1 leaves it a few lines, and no form holds more.
constexpr std::size_t kMaxOfficeText = 2000;

// The office's own text is held to the rules of every stored text (submission.md "Text").
void requireOfficeText(const std::string& text, const char* whatKey) {
    const auto length = policy::countCodePoints(text);
    if (!length) {
        throw AppError(ErrorKind::BadInput, "invalid_utf8",
                       Text("office_text_not_utf8").with("what", Text(whatKey)));
    }
    if (*length > kMaxOfficeText) {
        throw AppError(ErrorKind::BadInput, "text_too_long",
                       Text("office_text_too_long")
                           .with("what", Text(whatKey))
                           .with("max", std::to_string(kMaxOfficeText)));
    }
    if (const auto bad = policy::forbiddenCharacter(text, policy::TextKind::Prose)) {
        throw AppError(
            ErrorKind::BadInput, "control_character",
            Text("office_text_control").with("what", Text(whatKey)).with("character", *bad));
    }
}

bool quotaExceeded(const std::string& findingsJson) {
    const auto findings = nlohmann::json::parse(findingsJson, nullptr, false);
    if (!findings.is_array()) {
        return false;
    }
    for (const auto& f : findings) {
        if (f.is_object() && f.value("code", "") == "QUOTA_EXCEEDED") {
            return true;
        }
    }
    return false;
}

// The channel's quota in the campaign's built-in rule set; 0 when it has none.
int channelMax(const std::string& campaign, const std::string& channel) {
    try {
        const policy::RuleSet rules = selectRuleSet(campaign, std::nullopt);
        const auto it = rules.channels.find(channel);
        return it == rules.channels.end() ? 0 : it->second.max;
    } catch (const AppError&) {
        return 0;
    }
}

}  // namespace

LocatedCandidate locateCandidate(Vault& vault, const CandidateRef& ref) {
    OfficeStore office(vault.db());
    office.identity();  // "not_office_vault" in a unit's vault
    auto bundle = office.latest(ref.unitId, ref.campaign);
    if (!bundle) {
        throw AppError(
            ErrorKind::BadInput, "unit_not_received",
            Text("unit_not_received").with("unit", ref.unitId).with("campaign", ref.campaign));
    }
    if (ref.revision && *ref.revision != bundle->revision) {
        throw AppError(ErrorKind::BadInput, "revision_changed",
                       Text("office_revision_changed")
                           .with("unit", ref.unitId)
                           .with("seen", std::to_string(*ref.revision))
                           .with("latest", std::to_string(bundle->revision)));
    }
    policy::Submission s = policy::parseSubmission(bundle->submission);
    if (ref.number == 0 || ref.number > s.candidates.size()) {
        throw AppError(ErrorKind::BadInput, "candidate_unknown",
                       Text("candidate_unknown")
                           .with("number", std::to_string(ref.number))
                           .with("count", std::to_string(s.candidates.size())));
    }
    return {std::move(*bundle), std::move(s)};
}

namespace {
OfficeDecision current(Vault& vault, const LocatedCandidate& at, const CandidateRef& ref) {
    auto found = OfficeDecisionStore(vault.db())
                     .find(ref.unitId, ref.campaign, at.bundle.revision, ref.number - 1);
    if (found) {
        return *found;
    }
    OfficeDecision d;
    d.unitId = ref.unitId;
    d.campaign = ref.campaign;
    d.revision = at.bundle.revision;
    d.candidate = ref.number - 1;
    return d;
}

void audit(Vault& vault, const std::string& actor, const char* action, const OfficeDecision& d) {
    // The audit log records who and what was decided, never the opinion's words.
    AuditLog(vault.db())
        .append(actor, action,
                nlohmann::json{{"unit", d.unitId},
                               {"campaign", d.campaign},
                               {"revision", d.revision},
                               {"candidate", d.candidate + 1},
                               {"decision", d.decision},
                               {"opinion_chars", d.opinion.size()}}
                    .dump());
}
}  // namespace

std::string personKey(const policy::Candidate& c) {
    std::string name;
    for (char ch : c.name) {
        if (ch != ' ' && ch != '\t') {
            name += ch;
        }
    }
    return name + "|" + c.birth;
}

OfficeReview officeReview(Vault& vault) {
    OfficeStore(vault.db()).identity();  // "not_office_vault" in a unit's vault
    OfficeDecisionStore decisions(vault.db());
    OfficeReview review;
    std::map<std::string, std::vector<const ReviewedCandidate*>> people;
    const std::vector<ReceivedFromUnit> received = latestReceived(vault);
    for (const ReceivedFromUnit& r : received) {
        const policy::Submission s = policy::parseSubmission(r.bundle.submission);
        const std::string unitName = r.unitName.empty() ? s.unit.name : r.unitName;
        const auto findings = nlohmann::json::parse(r.bundle.findings, nullptr, false);
        const auto record = nlohmann::json::parse(r.bundle.review, nullptr, false);
        for (std::size_t i = 0; i < s.candidates.size(); ++i) {
            ReviewedCandidate c;
            for (const bool errors : {true, false}) {
                for (const auto& f : findings.is_array() ? findings : nlohmann::json::array()) {
                    if (!f.is_object() || (f.value("severity", "") == "error") != errors) {
                        continue;
                    }
                    const auto& at = f.contains("candidate") ? f["candidate"] : nlohmann::json();
                    if (at.is_null() || (at.is_number_unsigned() && at.get<std::size_t>() == i)) {
                        c.recheck.push_back("[" + f.value("code", "") + "] " +
                                            f.value("message", ""));
                    }
                }
            }
            if (record.is_object()) {
                if (record.contains("reviewer") && record["reviewer"].is_object()) {
                    c.reviewer = record["reviewer"].value("name", "");
                }
                c.reviewedFlags = record.contains("flags") && record["flags"].is_array()
                                      ? static_cast<int>(record["flags"].size())
                                      : 0;
                c.reviewedItems = record.contains("items") && record["items"].is_array()
                                      ? static_cast<int>(record["items"].size())
                                      : 0;
            }
            c.unitId = r.bundle.unitId;
            c.unitName = unitName;
            c.campaign = r.bundle.campaign;
            c.revision = r.bundle.revision;
            c.number = i + 1;
            c.candidate = s.candidates[i];
            c.unitPolicyErrors = r.bundle.policyErrors;
            if (const auto d = decisions.find(c.unitId, c.campaign, c.revision, i)) {
                c.opinion = d->opinion;
                c.decision = d->decision;
                c.reason = d->reason;
                c.decidedAt = d->decidedAt;
                c.decidedBy = d->decidedBy;
            }
            review.candidates.push_back(std::move(c));
        }
        // Over the quota unless a verified grant raised it: the re-check said so
        // (policy.md QUOTA_EXCEEDED counts grants).
        const int max = channelMax(s.campaign, s.channel);
        review.units.push_back({r.bundle.unitId, unitName, r.bundle.campaign, r.bundle.revision,
                                static_cast<int>(s.candidates.size()), max,
                                quotaExceeded(r.bundle.findings) && max > 0});
        if (review.units.back().overQuota) {
            review.warnings.push_back(
                {"unit_over_quota", r.bundle.unitId,
                 Text("review_unit_over_quota")
                     .with("unit", unitName)
                     .with("count", std::to_string(s.candidates.size()))
                     .with("max", std::to_string(max))
                     .with("excess", std::to_string(static_cast<int>(s.candidates.size()) - max))});
        }
        if (decisions.earlierRevisionDecided(r.bundle.unitId, r.bundle.campaign,
                                             r.bundle.revision)) {
            review.warnings.push_back({"revision_reopened", r.bundle.unitId,
                                       Text("review_revision_reopened")
                                           .with("unit", unitName)
                                           .with("revision", std::to_string(r.bundle.revision))});
        }
    }
    for (const ReviewedCandidate& c : review.candidates) {
        people[c.campaign + "|" + personKey(c.candidate)].push_back(&c);
    }
    for (const auto& [key, same] : people) {
        std::vector<Text> units;
        for (const ReviewedCandidate* c : same) {
            units.push_back(
                Text("review_unit_named").with("unit", c->unitName).with("id", c->unitId));
        }
        if (same.size() > 1) {
            review.warnings.push_back({"duplicate_person", same.front()->unitId,
                                       Text("review_duplicate_person")
                                           .with("name", same.front()->candidate.name)
                                           .with("birth", same.front()->candidate.birth)
                                           .withList("units", units)});
        }
    }
    return review;
}

long long writeOfficeOpinion(Vault& vault, const CandidateRef& ref, const std::string& opinion,
                             const std::string& actor) {
    requireOfficeText(opinion, "office_text_opinion");
    if (policy::opinionDecision(opinion) == policy::OpinionDecision::None) {
        throw AppError(ErrorKind::BadInput, "opinion_no_decision",
                       Text("office_opinion_no_decision"));
    }
    const LocatedCandidate at = locateCandidate(vault, ref);
    OfficeDecision d = current(vault, at, ref);
    d.opinion = opinion;
    d.opinionAt = utcNowRfc3339();
    // A forward decision that the new opinion refuses no longer stands.
    if (d.decision == "forward" &&
        policy::opinionDecision(opinion) == policy::OpinionDecision::Refuse) {
        d.decision.clear();
        d.decidedAt.clear();
    }
    SqliteTransaction tx(vault.db());
    OfficeDecisionStore(vault.db()).put(d);
    audit(vault, actor, "office.opinion", d);
    tx.commit();
    return d.revision;
}

long long decideCandidate(Vault& vault, const CandidateRef& ref, OfficeDecisionKind kind,
                          const std::string& reason, const std::string& actor) {
    requireOfficeText(reason, "office_text_reason");
    const LocatedCandidate at = locateCandidate(vault, ref);
    OfficeDecision d = current(vault, at, ref);
    if (kind == OfficeDecisionKind::Forward) {
        if (d.opinion.empty()) {
            throw AppError(
                ErrorKind::BadInput, "opinion_missing",
                Text("office_opinion_missing").with("number", std::to_string(ref.number)));
        }
        if (policy::opinionDecision(d.opinion) != policy::OpinionDecision::Agree) {
            throw AppError(ErrorKind::BadInput, "decision_contradicts_opinion",
                           Text("office_decision_contradicts_opinion"));
        }
        d.decision = "forward";
        d.reason.clear();
    } else {
        if (reason.find_first_not_of(" \t\n") == std::string::npos) {
            throw AppError(ErrorKind::BadInput, "reason_missing", Text("office_reason_missing"));
        }
        d.decision = "withhold";
        d.reason = reason;
    }
    d.decidedAt = utcNowRfc3339();
    d.decidedBy = actor;
    SqliteTransaction tx(vault.db());
    OfficeDecisionStore(vault.db()).put(d);
    audit(vault, actor, "office.decision", d);
    tx.commit();
    return d.revision;
}

}  // namespace baosong::app
