#pragma once
// `baosong check`: a submission (a JSON file with its photos beside it, or the one inside a
// vault) judged by a rule set, with the facts policy/ cannot gather itself: photo bytes
// and grant signatures.

#include <functional>
#include <optional>
#include <string>

#include "base/text.h"
#include "grant_key.h"
#include "policy/submission_checker.h"
#include "quota_grant.h"
#include "store/vault.h"

namespace baosong::app {

// The rule set to use: rulesFile when given (refused when it is for another campaign),
// else the built-in one for the submission's campaign. Throws AppError (BadInput) naming
// the key path of a malformed rule set, or when no rule set fits.
policy::RuleSet selectRuleSet(const std::string& campaign,
                              const std::optional<std::string>& rulesFile);

// A rule set's text read strictly, or AppError (BadInput) with the policy library's code
// and the key path; source names it in the message.
policy::RuleSet readRuleSet(std::string_view text, Text source);

struct CheckOptions {
    std::optional<std::string> rulesFile = {};
    // The office's grant key (office_public at a unit, its own at the office): grants
    // count only when their signature verifies against it.
    std::optional<GrantKey> grantKey = {};
    bool officeRecheck = false;
    // rulesFile without the office's signature (policy.md "Signed rule sets"): only for
    // testing, and never for a seal; refused ("rules_unsigned") unless this is set.
    bool allowUnsignedRules = false;
    // Rules chosen already (the office's own signed update at `office open`).
    std::optional<policy::RuleSet> ruleSet = {};
};

// Throws AppError (BadInput) when the JSON cannot be read (naming the key path).
policy::CheckReport checkSubmissionFile(const std::string& jsonPath, const CheckOptions& options);
// With options.grantKey unset, the office key the vault imported is used.
policy::CheckReport checkVaultSubmission(Vault& vault, CheckOptions options);
// What a photo's bytes are (policy/photo_facts.h); nullopt when the file is not there.
using PhotoFactsReader = std::function<std::optional<policy::PhotoFacts>(const std::string& path)>;

// A submission not stored (yet) judged as the vault's would be: its rule set, the office
// key it imported; files through read, photo facts through facts when given (else each
// photo is read and inspected).
policy::CheckReport checkSubmissionWith(Vault& vault, const policy::Submission& submission,
                                        const FileReader& read, const PhotoFactsReader& facts = {});

}  // namespace baosong::app
