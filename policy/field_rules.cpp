#include <functional>
#include <utility>

#include "check_rules.h"
#include "chinese_text.h"

namespace baosong::policy {

namespace {
// The label of each form field and the shape a value must have are words of
// wording/findings.json ("label.<field>", "format.<shape>"); 附件1 填表说明 3 asks dates in
// Arabic numerals.
void missing(Findings& out, const Submission& s, std::size_t i, const char* field,
             const std::string& labelKey) {
    report(out, "FIELD_MISSING", Severity::Error, i, field,
           findingWords("FIELD_MISSING.candidate",
                        {{"who", candidateLabel(s, i)}, {"label", findingWords(labelKey)}}));
}

void badFormat(Findings& out, std::optional<std::size_t> i, const Wording& who,
               const std::string& field, const std::string& labelKey, const std::string& value,
               const char* formatKey) {
    report(out, "FIELD_FORMAT", Severity::Error, i, field,
           findingWords("FIELD_FORMAT", {{"who", who},
                                         {"label", findingWords(labelKey)},
                                         {"value", plain(value)},
                                         {"expected", findingWords(formatKey)}}));
}
}  // namespace

void checkFields(const CheckInput& in, Findings& out) {
    const Submission& s = in.submission;
    if (s.unit.name.empty()) {
        report(out, "FIELD_MISSING", Severity::Error, std::nullopt, "unit.name",
               findingWords("FIELD_MISSING.unit_name"));
    }
    if (s.unit.contact.name.empty() || s.unit.contact.phone.empty()) {
        report(out, "FIELD_MISSING", Severity::Error, std::nullopt, "unit.contact",
               findingWords("FIELD_MISSING.unit_contact"));
    }
    if (!parseDate(s.date)) {
        badFormat(out, std::nullopt, findingWords("submission_whole"), "date", "label.date", s.date,
                  "format.date");
    }
    for (std::size_t i = 0; i < s.candidates.size(); ++i) {
        const Candidate& c = s.candidates[i];
        const std::pair<const char*, const std::string*> required[] = {
            {"name", &c.name},
            {"gender", &c.gender},
            {"ethnicity", &c.ethnicity},
            {"birth", &c.birth},
            {"native_place", &c.nativePlace},
            {"political_status", &c.politicalStatus},
            {"education", &c.education},
            {"school", &c.school},
            {"major", &c.major},
            {"employer", &c.employer},
            {"position", &c.position},
            {"title", &c.title},
            {"email", &c.email},
            {"address", &c.address},
            {"postcode", &c.postcode},
            {"specialty", &c.specialty},
            {"deeds", &c.deeds},
            {"unit_opinion", &c.unitOpinion},
        };
        for (const auto& [field, value] : required) {
            if (countCharacters(*value) == 0) {
                missing(out, s, i, field, std::string("label.") + field);
            }
        }
        if (c.officePhone.empty() && c.mobile.empty()) {
            missing(out, s, i, "mobile", "label.phone_any");
        }
        const Wording who = candidateLabel(s, i);
        if (!c.birth.empty() && !parseYearMonth(c.birth)) {
            badFormat(out, i, who, "birth", "label.birth", c.birth, "format.birth");
        }
        if (!c.postcode.empty() && !isPostcode(c.postcode)) {
            badFormat(out, i, who, "postcode", "label.postcode", c.postcode, "format.postcode");
        }
        if (!c.mobile.empty() && !isMobile(c.mobile)) {
            badFormat(out, i, who, "mobile", "label.mobile", c.mobile, "format.mobile");
        }
        if (!c.officePhone.empty() && !isOfficePhone(c.officePhone)) {
            badFormat(out, i, who, "office_phone", "label.office_phone", c.officePhone,
                      "format.office_phone");
        }
        if (!c.email.empty() && !isEmail(c.email)) {
            badFormat(out, i, who, "email", "label.email", c.email, "format.email");
        }
        for (std::size_t k = 0; k < c.history.size(); ++k) {
            const auto& h = c.history[k];
            const std::string field = "history[" + std::to_string(k) + "]";
            if (!parseYearMonth(h.from)) {
                badFormat(out, i, who, field + ".from", "label.history_from", h.from,
                          "format.history_from");
            }
            if (h.to != "至今" && !parseYearMonth(h.to)) {
                badFormat(out, i, who, field + ".to", "label.history_to", h.to,
                          "format.history_to");
            }
        }
    }
}

}  // namespace baosong::policy
