#pragma once
// The office's own keys and the units it trusts (cli.md `office init|keys|enrol|grant`,
// bundle.md "Keys", "Enrolment", "Quota grants").

#include <string>

#include "crypto/argon2id.h"
#include "crypto/secret_buffer.h"
#include "key_fingerprint.h"
#include "office_profile.h"
#include "quota_grant.h"
#include "store/office_store.h"
#include "store/vault.h"

namespace baosong::app {

// A new office vault holding a fresh age identity and a fresh grant-signing key, and the
// SM2 receiving and grant keys of profile "gm", working in profile (bundle-gm.md "Keys
// and fingerprints"). Atomic: no file on failure.
Vault initOfficeVault(const std::string& path, const crypto::SecretBuffer& passphrase,
                      const crypto::Argon2idParams& kdf, const std::string& actor,
                      BundleProfile profile = BundleProfile::Intl);

// What units encrypt to, as they import it: the age recipient (age1…) in profile intl, the
// SM3 fingerprint (hex) of the SM2 receiving key in gm. Throws AppError
// "not_office_vault" for a unit's vault.
std::string officeRecipient(Vault& vault);

struct OfficeKeyFiles {
    BundleProfile profile = BundleProfile::Intl;
    std::string recipientPath;  // office.recipient (intl), office.pub.pem (gm)
    std::string grantKeyPath;   // office-grant.pub (intl), office-grant.pub.pem (gm)
    std::string identityPath;   // office.key (intl), office.pem (gm), only with the secret
    std::string sheetPath;      // office-keys.pdf: the key sheet to print, sign and stamp
    std::string recipient;      // intl: age1…; gm: the receiving key's SM3 fingerprint (hex)
    KeyFingerprint grantKey;
};
// Writes the office's public keys of its profile for the units (intl: DIR/office.recipient
// and DIR/office-grant.pub; gm: DIR/office.pub.pem and DIR/office-grant.pub.pem, PEM
// SubjectPublicKeyInfo) and DIR/office-keys.pdf (the sheet to print); withSecret also the
// receiving secret key, mode 0600 (intl: DIR/office.key for `age -d -i`; gm: DIR/office.pem,
// PKCS#8, for `openssl pkeyutl -decrypt`). Never overwrites (AppError BadInput
// "target_exists"). Audited.
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
// Throws AppError (BadInput) "enrolment_invalid" for a key that is not a key of the
// enrolment's profile (minisign "RW…" in intl, SM2 PEM in gm).
EnrolmentFingerprints enrolmentFingerprints(const Enrolment& enrolment);
// The fingerprints as the clerk typed them from the stamped paper (spaces and case do not
// matter). Throws AppError (Problem) "fingerprint_mismatch" naming the key that differs:
// the request is not the one the unit stamped.
void requirePaperFingerprints(const EnrolmentFingerprints& keys, std::string_view unitTyped,
                              std::string_view reviewerTyped);
// Trusts the unit's keys. A unit already enrolled with other keys is refused
// ("enrolment_conflict"): a key change needs a new paper enrolment and a clerk's decision.
// An enrolment of the other profile than the office's is refused ("profile_mismatch").
void enrolUnit(Vault& vault, Enrolment enrolment, const std::string& actor);

// Writes FILE (the grant JSON) and FILE.minisig (FILE.sig in profile gm), never overwriting. Throws
// AppError (BadInput) "grant_invalid" for a max below 1 or an empty reason, "unit_not_enrolled".
std::string writeQuotaGrant(Vault& vault, QuotaGrant grant, const std::string& out,
                            const std::string& actor);

}  // namespace baosong::app
