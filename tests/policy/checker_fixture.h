#pragma once
// The spec's example submission with every photo described as a good one and every stamped
// scan as a PDF, and the 2023
// rule set: a clean start that each checker test changes in one place.

#include <map>
#include <string>

#include "policy/rule_set.h"
#include "policy/submission_checker.h"
#include "policy/submission_json.h"
#include "support/temp_dir.h"

namespace baosong::policy::test {

class CheckerFixture {
  public:
    CheckerFixture()
        : rules(parseRuleSet(builtInRuleSets().at("nmg-zuimei-2023"))),
          submission(parseSubmission(baosong::test::readFile(std::string(BAOSONG_EXAMPLE)))) {
        for (const auto& ref : fileReferences(submission)) {
            if (ref.kind == FileReference::Kind::Stamped) {
                pdfs[ref.path] = true;
                continue;
            }
            const bool id = ref.keyPath.ends_with(".photo");
            photos[ref.path] = id ? PhotoFacts{45'000, true, true, 413, 579, true}
                                  : PhotoFacts{2'600'000, true, true, 1600, 1200, false};
        }
    }

    CheckReport check(bool officeRecheck = false) const {
        CheckInput input{submission,
                         rules,
                         [this](const std::string& path) -> std::optional<PhotoFacts> {
                             const auto it = photos.find(path);
                             return it == photos.end() ? std::nullopt : std::optional(it->second);
                         },
                         grants,
                         officeRecheck,
                         [this](const std::string& path) -> std::optional<bool> {
                             const auto it = pdfs.find(path);
                             return it == pdfs.end() ? std::nullopt : std::optional(it->second);
                         }};
        return checkSubmission(input);
    }

    // The codes found, in order, for compact assertions.
    std::vector<std::string> codes(bool officeRecheck = false) const {
        std::vector<std::string> out;
        for (const auto& f : check(officeRecheck).findings) {
            out.push_back(f.code);
        }
        return out;
    }

    bool has(const std::string& code) const {
        const auto all = codes();
        return std::find(all.begin(), all.end(), code) != all.end();
    }

    Candidate& candidate(std::size_t i) { return submission.candidates.at(i); }

    RuleSet rules;
    Submission submission;
    std::map<std::string, PhotoFacts> photos;
    std::map<std::string, bool> pdfs;  // stamped scans: whether each is a PDF
    std::vector<GrantEvidence> grants;
};

}  // namespace baosong::policy::test
