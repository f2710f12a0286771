#pragma once
// The campaign an office verb is about: `--campaign ID`, or else the campaign of the one
// built-in rule set (cli.md), so the clerk of the one campaign there is names none.

#include <string>

#include "arguments.h"

namespace baosong::cli {

// Throws a usage error when --campaign is absent and there is not exactly one built-in rule
// set.
std::string campaignFrom(const Arguments& args);

}  // namespace baosong::cli
