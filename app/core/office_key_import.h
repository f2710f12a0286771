#pragma once
// `baosong keys VAULT import-office DIR`: the office's recipient and grant key as
// `office keys` wrote them, into a unit's vault; the fingerprints are returned so the
// officer can compare them with the office's printed sheet.

#include <string>

#include "key_fingerprint.h"
#include "store/vault.h"

namespace baosong::app {

struct ImportedOfficeKeys {
    std::string recipient;  // age1…, shown in full
    KeyFingerprint grantKey;
};

// Throws AppError (BadInput) "office_keys_invalid" naming the file that is wrong.
ImportedOfficeKeys importOfficeKeys(Vault& vault, const std::string& dir, const std::string& actor);

}  // namespace baosong::app
