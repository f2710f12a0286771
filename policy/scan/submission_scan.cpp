#include "submission_scan.h"

namespace baosong::policy {

namespace {
template <typename SubmissionT, typename Visit>
void forEachField(SubmissionT& submission, Visit visit) {
    for (std::size_t i = 0; i < submission.candidates.size(); ++i) {
        auto& c = submission.candidates[i];
        const auto at = [&](std::string field) {
            return FieldRef{static_cast<int>(i), std::move(field)};
        };
        visit(at("employer"), c.employer);
        visit(at("position"), c.position);
        visit(at("address"), c.address);
        visit(at("specialty"), c.specialty);
        visit(at("honors.notes"), c.honors.notes);
        for (std::size_t h = 0; h < c.history.size(); ++h) {
            const std::string entry = "history[" + std::to_string(h) + "].";
            visit(at(entry + "unit"), c.history[h].unit);
            visit(at(entry + "work"), c.history[h].work);
        }
        visit(at("deeds"), c.deeds);
        for (std::size_t s = 0; s < c.stories.size(); ++s) {
            visit(at("stories[" + std::to_string(s) + "]"), c.stories[s]);
        }
        visit(at("unit_opinion"), c.unitOpinion);
        visit(at("recommender_opinion"), c.recommenderOpinion);
    }
    visit(FieldRef{std::nullopt, "report"}, submission.report);
}
}  // namespace

std::vector<TextField> scannedFields(const Submission& submission) {
    std::vector<TextField> fields;
    forEachField(submission, [&](FieldRef where, const std::string& text) {
        fields.push_back({std::move(where), &text});
    });
    return fields;
}

namespace {
template <typename SubmissionT>
auto* findField(SubmissionT& submission, const FieldRef& where) {
    decltype(&submission.report) found = nullptr;
    forEachField(submission, [&](const FieldRef& at, auto& text) {
        if (at.candidate == where.candidate && at.field == where.field) {
            found = &text;
        }
    });
    return found;
}
}  // namespace

std::string* scannedField(Submission& submission, const FieldRef& where) {
    return findField(submission, where);
}

const std::string* scannedField(const Submission& submission, const FieldRef& where) {
    return findField(submission, where);
}

std::vector<ScanFlag> scanSubmission(const Scanner& scanner, const Submission& submission) {
    std::vector<ScanFlag> flags;
    for (const TextField& field : scannedFields(submission)) {
        if (field.text->empty()) {
            continue;
        }
        for (ScanFlag& flag : scanner.scanField(*field.text, field.where)) {
            flags.push_back(std::move(flag));
        }
    }
    return flags;
}

}  // namespace baosong::policy
