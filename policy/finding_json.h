#pragma once
// Findings as JSON (policy.md "baosong check --json output"): the one writer of that
// format, for `check --json`, `office open --json` and the office's stored re-check.

#include <nlohmann/json.hpp>

#include "finding.h"
#include "submission_checker.h"

namespace baosong::policy {

const char* severityName(Severity severity);  // "error" | "warning"

// {"code", "severity", "candidate" (0-based or null), "field" (or null), "message",
// "message_en"}.
nlohmann::ordered_json toJson(const Finding& finding);
nlohmann::ordered_json toJson(const Findings& findings);
// {"ok", "rules", "findings"}.
nlohmann::ordered_json toJson(const CheckReport& report);

}  // namespace baosong::policy
