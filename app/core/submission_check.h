#pragma once
// `baosong check`: a submission (a JSON file with its photos beside it, or the one inside a
// vault) judged by a rule set, with the facts policy/ cannot gather itself: photo bytes
// and grant signatures.

#include <optional>
#include <string>

#include "policy/submission_checker.h"
#include "store/vault.h"

namespace baosong::app {

// The rule set to use: rulesFile when given (refused when it is for another campaign),
// else the built-in one for the submission's campaign. Throws AppError (BadInput) naming
// the key path of a malformed rule set, or when no rule set fits.
policy::RuleSet selectRuleSet(const std::string& campaign,
                              const std::optional<std::string>& rulesFile);

// Throws AppError (BadInput) when the JSON cannot be read (naming the key path).
policy::CheckReport checkSubmissionFile(const std::string& jsonPath,
                                        const std::optional<std::string>& rulesFile);
policy::CheckReport checkVaultSubmission(Vault& vault, const std::optional<std::string>& rulesFile);

}  // namespace baosong::app
