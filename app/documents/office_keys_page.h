#pragma once
// The office's key sheet (bundle.md "Keys"): what the office prints, signs and stamps and
// hands or mails to each unit with office.recipient and office-grant.pub, so the officer
// can compare, character by character, the fingerprints `keys import-office` shows.

#include <string>

#include "flow_document.h"

namespace baosong::app::documents {

struct OfficeKeys {
    std::string profile;           // "intl" or "gm" (bundle-gm.md)
    std::string recipient;         // intl: age1…, in groups of four; gm: the receiving key's
                                   // SM3 fingerprint on two lines
    std::string grantFingerprint;  // SHA-256 (intl) or SM3 (gm) of the grant key, grouped
    std::string grantPublicKey;    // "RW…", or the SM2 PEM
    std::string grantKeyId;        // minisign's key id: a label beside the fingerprint ("" in gm)
    std::string created;           // RFC 3339
};

FlowDocument officeKeysPage(const OfficeKeys& keys);

}  // namespace baosong::app::documents
