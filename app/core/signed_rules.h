#pragma once
// Rule-set updates from the office (policy.md "Signed rule sets"): the office signs a
// campaign's rule set with its grant key (e.g. the list of former 内蒙古“最美科技工作者”, a
// changed deadline); a unit imports it after the signature verifies against the office
// key it holds, and from then on its checks and seals use it instead of the built-in one.
// An unsigned file only ever serves `check --rules` with an explicit flag, for testing:
// nothing a unit seals is judged by rules the office did not sign.

#include <optional>
#include <string>

#include "policy/rule_set.h"
#include "store/vault.h"

namespace baosong::app {

// `office rules OFFICE_VAULT RULES.json --out FILE`: FILE (the rule set's bytes, read
// strictly first) and FILE.minisig, trusted comment "baosong/1 rules <campaign>". Throws
// AppError as selectRuleSet for a bad file, "target_exists". Audited as office.rules.
std::string signRuleSet(Vault& office, const std::string& rulesFile, const std::string& out,
                        const std::string& actor);

// `keys VAULT import-rules FILE`: FILE and FILE.minisig, verified with the office grant key
// the vault imported ("office_keys_missing", "rules_signature_invalid"), for the vault's
// campaign ("rules_other_campaign"), stored in the vault. Audited as rules.import.
policy::RuleSet importSignedRuleSet(Vault& vault, const std::string& rulesFile,
                                    const std::string& actor);

// The rule set the vault imported, checked again against the office key; nullopt when none.
// Throws AppError "rules_signature_invalid" when what is stored no longer verifies.
std::optional<policy::RuleSet> importedRuleSet(Vault& vault);

// The rules a vault's checks and seals use: its imported signed update, else the built-in
// rule set of campaign (selectRuleSet). Throws as both do.
policy::RuleSet rulesForVault(Vault& vault, const std::string& campaign);

// Whether rulesFile carries a FILE.minisig that verifies with the vault's office key as a
// rule set (false without a vault key, a signature, or when it does not verify).
bool ruleSetSignedForVault(Vault& vault, const std::string& rulesFile);

}  // namespace baosong::app
