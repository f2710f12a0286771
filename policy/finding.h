#pragma once
// One thing the checker found (spec/policy.md "baosong check --json output").

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "wording.h"

namespace baosong::policy {

enum class Severity { Error, Warning };

struct Finding {
    std::string code;  // stable, e.g. "YOUTH_MISSING"
    Severity severity = Severity::Error;
    std::optional<std::size_t> candidate;  // 0-based, or none for the submission
    std::string field;                     // e.g. "deeds", or empty
    std::string message;                   // Chinese: what, the notice's rule, how to fix
    std::string messageEn;                 // the same in English (wording.h)

    const std::string& said(bool english) const { return english ? messageEn : message; }
};

using Findings = std::vector<Finding>;

}  // namespace baosong::policy
