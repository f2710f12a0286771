#pragma once
// The office's own keys and the units it trusts (cli.md `office init|keys|enrol|grant`,
// bundle.md "Keys", "Enrolment", "Quota grants").

#include <string>

#include "crypto/argon2id.h"
#include "crypto/secret_buffer.h"
#include "key_fingerprint.h"
#include "quota_grant.h"
#include "store/office_store.h"
#include "store/vault.h"

namespace baosong::app {

// A new office vault holding a fresh age identity and a fresh grant-signing key.
// Atomic: no file on failure.
Vault initOfficeVault(const std::string& path, const crypto::SecretBuffer& passphrase,
                      const crypto::Argon2idParams& kdf, const std::string& actor);

// The office's age recipient (age1…), as units import it. Throws AppError
// "not_office_vault" for a unit's vault.
std::string officeRecipient(Vault& vault);

struct OfficeKeyFiles {
    std::string recipientPath;  // office.recipient
    std::string grantKeyPath;   // office-grant.pub
    std::string identityPath;   // office.key, only with the secret
    std::string sheetPath;      // office-keys.pdf: the key sheet to print, sign and stamp
    std::string recipient;
    KeyFingerprint grantKey;
};
// Writes DIR/office.recipient, DIR/office-grant.pub and DIR/office-keys.pdf (the sheet
// to print for the units; and DIR/office.key, mode 0600, withSecret), never overwriting (AppError
// BadInput "target_exists"). Audited.
OfficeKeyFiles writeOfficeKeys(Vault& vault, const std::string& dir, bool withSecret,
                               const std::string& actor);

// A unit's enrolment request, read and checked but not yet trusted.
// Throws AppError (BadInput) "enrolment_invalid".
Enrolment readEnrolmentFile(const std::string& path);
// The two keys of an enrolment as the clerk compares them with the stamped paper.
struct EnrolmentFingerprints {
    KeyFingerprint signing;
    KeyFingerprint reviewer;
};
// Throws AppError (BadInput) "enrolment_invalid" for a key that is not a minisign key.
EnrolmentFingerprints enrolmentFingerprints(const Enrolment& enrolment);
// The fingerprints as the clerk typed them from the stamped paper (spaces and case do not
// matter). Throws AppError (Problem) "fingerprint_mismatch" naming the key that differs:
// the request is not the one the unit stamped.
void requirePaperFingerprints(const EnrolmentFingerprints& keys, std::string_view unitTyped,
                              std::string_view reviewerTyped);
// Trusts the unit's keys. A unit already enrolled with other keys is refused
// ("enrolment_conflict"): a key change needs a new paper enrolment and a clerk's decision.
void enrolUnit(Vault& vault, Enrolment enrolment, const std::string& actor);

// Writes FILE (the grant JSON) and FILE.minisig, never overwriting. Throws AppError
// (BadInput) "grant_invalid" for a max below 1 or an empty reason, "unit_not_enrolled".
std::string writeQuotaGrant(Vault& vault, QuotaGrant grant, const std::string& out,
                            const std::string& actor);

}  // namespace baosong::app
