#pragma once
// `baosong keys VAULT import-office DIR`: the office's recipient and grant key as
// `office keys` wrote them, into a unit's vault; the fingerprints are returned so the
// officer can compare them with the office's printed sheet. The files say the profile:
// office.recipient and office-grant.pub are "intl", office.pub.pem and
// office-grant.pub.pem "gm" (bundle-gm.md); the unit seals in the profile it imported.

#include <string>

#include "key_fingerprint.h"
#include "store/vault.h"

namespace baosong::app {

struct ImportedOfficeKeys {
    std::string profile;    // "intl" or "gm"
    std::string recipient;  // intl: age1…, shown in full; gm: the receiving key's SM3 (hex)
    KeyFingerprint grantKey;
};

// Throws AppError (BadInput) "office_keys_invalid" naming the file that is wrong, or when
// DIR holds the files of both profiles or of neither.
ImportedOfficeKeys importOfficeKeys(Vault& vault, const std::string& dir, const std::string& actor);

}  // namespace baosong::app
