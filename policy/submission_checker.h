#pragma once
// Every rule of the notice applied to one submission (spec/policy.md).

#include <string>
#include <vector>

#include "check_input.h"
#include "finding.h"

namespace baosong::policy {

struct CheckReport {
    std::string rules;  // the rule set's campaign id
    Findings findings;  // submission-wide first, then by candidate, in rule order
    // Each candidate's name as the submission gives it ("" when not filled in), so that a
    // report read on its own can name whom a finding is about.
    std::vector<std::string> candidateNames = {};
    bool ok() const;  // no finding is an error
    std::size_t errorCount() const;
    const Finding* firstError() const;  // nullptr when ok()
};

CheckReport checkSubmission(const CheckInput& input);

}  // namespace baosong::policy
