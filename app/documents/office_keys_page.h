#pragma once
// The office's key sheet (bundle.md "Keys"): what the office prints, signs and stamps and
// hands or mails to each unit with office.recipient and office-grant.pub, so the officer
// can compare, character by character, the fingerprints `keys import-office` shows.

#include <string>

#include "flow_document.h"

namespace baosong::app::documents {

struct OfficeKeys {
    std::string recipient;         // age1…, in groups of four
    std::string grantFingerprint;  // SHA-256 of the grant key, in groups of four
    std::string grantPublicKey;    // "RW…"
    std::string grantKeyId;        // minisign's key id: a label beside the fingerprint
    std::string created;           // RFC 3339
};

FlowDocument officeKeysPage(const OfficeKeys& keys);

}  // namespace baosong::app::documents
