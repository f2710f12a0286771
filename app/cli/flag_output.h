#pragma once
// How a scan flag is shown: scanner.md's JSON object, or a line for people.

#include <nlohmann/json.hpp>
#include <vector>

#include "cli_context.h"
#include "policy/scan/scan_flag.h"
#include "policy/submission.h"

namespace baosong::cli {

nlohmann::ordered_json flagJson(const policy::ScanFlag& flag);
// The flag's place as the form names it: the candidate's name and the field's heading
// (core/field_label.h), from the submission scanned (empty for a plain text).
void printFlag(const policy::ScanFlag& flag, const policy::Submission& scanned, CliContext& ctx);
void printFlagSummary(const std::vector<policy::ScanFlag>& flags, CliContext& ctx);

}  // namespace baosong::cli
