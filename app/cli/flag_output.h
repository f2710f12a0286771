#pragma once
// How a scan flag is shown: scanner.md's JSON object, or a line for people.

#include <nlohmann/json.hpp>
#include <vector>

#include "cli_context.h"
#include "policy/scan/scan_flag.h"

namespace baosong::cli {

nlohmann::ordered_json flagJson(const policy::ScanFlag& flag);
void printFlag(const policy::ScanFlag& flag, CliContext& ctx);
void printFlagSummary(const std::vector<policy::ScanFlag>& flags, CliContext& ctx);

}  // namespace baosong::cli
