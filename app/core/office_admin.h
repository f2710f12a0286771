#pragma once
// The office's own keys and the units it trusts (cli.md `office init|keys|enrol|grant`,
// bundle.md "Keys", "Enrolment", "Quota grants").

#include <string>

#include "crypto/argon2id.h"
#include "crypto/secret_buffer.h"
#include "quota_grant.h"
#include "store/office_store.h"
#include "store/vault.h"

namespace baosong::app {

// A new office vault holding a fresh age identity and a fresh grant-signing key.
// Atomic: no file on failure.
Vault initOfficeVault(const std::string& path, const crypto::SecretBuffer& passphrase,
                      const crypto::Argon2idParams& kdf, const std::string& actor);

struct OfficeKeyFiles {
    std::string recipientPath;  // office.recipient
    std::string grantKeyPath;   // office-grant.pub
    std::string identityPath;   // office.key, only with the secret
    std::string sheetPath;      // office-keys.pdf: the key sheet to print, sign and stamp
    std::string recipient;
    std::string grantKeyId;
};
// Writes DIR/office.recipient, DIR/office-grant.pub and DIR/office-keys.pdf (the sheet
// to print for the units; and DIR/office.key, mode 0600, withSecret), never overwriting (AppError
// BadInput "target_exists"). Audited.
OfficeKeyFiles writeOfficeKeys(Vault& vault, const std::string& dir, bool withSecret,
                               const std::string& actor);

// A unit's enrolment request, read and checked but not yet trusted.
// Throws AppError (BadInput) "enrolment_invalid".
Enrolment readEnrolmentFile(const std::string& path);
// Trusts the unit's keys. A unit already enrolled with other keys is refused
// ("enrolment_conflict"): a key change needs a new paper enrolment and a clerk's decision.
void enrolUnit(Vault& vault, Enrolment enrolment, const std::string& actor);

// Writes FILE (the grant JSON) and FILE.minisig, never overwriting. Throws AppError
// (BadInput) "grant_invalid" for a max below 1 or an empty reason, "unit_not_enrolled".
std::string writeQuotaGrant(Vault& vault, QuotaGrant grant, const std::string& out,
                            const std::string& actor);

}  // namespace baosong::app
