#pragma once
// The keys a unit vault holds, as a person compares them (key_fingerprint.h, bundle.md
// "Keys"), and the enrolment request the unit carries to the office.

#include <optional>
#include <string>

#include "key_fingerprint.h"
#include "store/vault.h"

namespace baosong::app {

struct StoredKey {
    KeyFingerprint key;
    std::string created;
};

struct OfficeKeysHeld {
    std::string profile;    // "intl" or "gm": the profile the unit seals in
    std::string recipient;  // intl: age1…, shown in full; gm: the SM3 fingerprint (hex)
    KeyFingerprint grantKey;
};

// The unit's keys of the profile it seals in: the one of the office keys it imported,
// "intl" until it imported any (bundle-gm.md "Keys and fingerprints").
struct KeyReport {
    std::string unitId;
    std::string unitName;
    std::string profile;
    StoredKey unit;
    StoredKey reviewer;
    std::optional<OfficeKeysHeld> office;  // once imported (`keys import-office`)
};

KeyReport keyReport(Vault& vault);

// {"format":"baosong.enrolment/1","unit":{"id","name"},"signing_key","reviewer_key","created"},
// with "profile":"gm" after "format" and the keys as PEM in profile "gm".
std::string enrolmentJson(const KeyReport& report, const std::string& created);

// Writes OUT.json (OUT given with or without ".json") and OUT.pdf, the page to print and
// stamp (documents/enrolment_page.h), never overwriting; returns the JSON's path.
std::string writeEnrolment(Vault& vault, const std::string& out, const std::string& actor);

}  // namespace baosong::app
