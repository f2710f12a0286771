#pragma once
// A quota grant from the office taken into a unit's submission without anyone editing JSON
// (bundle.md "Quota grants"): the grant and its .minisig are checked against the office
// grant key the vault imported, and must name this unit and campaign, before they are
// named in the submission and stored (nothing is written in clear).

#include <cstdint>
#include <string>
#include <vector>

#include "policy/submission.h"
#include "quota_grant.h"
#include "store/vault.h"
#include "submission_edit.h"

namespace baosong::app {

struct PlacedGrant {
    QuotaGrant grant;
    std::string path;            // as the submission names it: 授权/<file name>
    std::vector<NewFile> files;  // the grant and its signature, to store at save
};

// Checks grantBytes and signatureBytes and names the grant in draft. Throws AppError
// (BadInput): "office_keys_missing" before `keys VAULT import-office`, "grant_signature_invalid"
// when the signature does not verify with that key (or is not a signature of its kind),
// "grant_invalid" for a grant that cannot be read, "grant_other_unit" for another unit or
// campaign. The draft is unchanged on failure.
PlacedGrant placeQuotaGrant(Vault& vault, policy::Submission& draft, const std::string& fileName,
                            std::vector<std::uint8_t> grantBytes,
                            std::vector<std::uint8_t> signatureBytes);

// The signature file beside a grant for this vault: ".minisig" (intl, and before any
// office keys are imported) or ".sig" (office keys of profile gm, bundle-gm.md).
std::string_view grantSignatureSuffix(Vault& vault);

// `baosong keys VAULT import-grant FILE`: FILE and FILE.minisig (FILE.sig in profile gm),
// checked and saved into the vault's submission in one transaction (as saveSubmission;
// audited as vault.edit).
PlacedGrant importQuotaGrant(Vault& vault, const std::string& grantFile, const std::string& actor);

// The channel's quota for a submission and the grant that raised it, as the checker
// counts them (policy.md "Quota grants"): max 0 when the rule set has no quota for it.
struct EffectiveQuota {
    int max = 0;
    int noticeMax = 0;        // the notice's own number
    std::string grantReason;  // "" when no verified grant raised it
};
EffectiveQuota effectiveQuota(Vault& vault, const policy::Submission& submission,
                              const FileReader& read);

}  // namespace baosong::app
