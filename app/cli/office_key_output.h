#pragma once
// The office's two public keys as people compare them: on the office's printed sheet
// (`office keys`) and at the unit after importing them (`keys import-office`).

#include <string>

#include "cli_context.h"

namespace baosong::cli {

void printOfficeKeyFingerprints(CliContext& ctx, const std::string& recipient,
                                const std::string& grantKeyId);

}  // namespace baosong::cli
