#pragma once
// What a person compares: key fingerprints (minisign key id grouped in fours, bundle.md
// "Keys") and the enrolment request the unit carries to the office.

#include <optional>
#include <string>

#include "store/vault.h"

namespace baosong::app {

struct KeyFingerprint {
    std::string keyId;        // 16 hex digits, as minisign prints it
    std::string fingerprint;  // the same in groups of four: "1A2B 3C4D 5E6F 7081"
    std::string publicKey;    // "RW…"
    std::string created;
};

struct KeyReport {
    std::string unitId;
    std::string unitName;
    KeyFingerprint unit;
    KeyFingerprint reviewer;
    std::optional<std::string> officeRecipient;  // age1…, once imported (bundle issue)
};

std::string groupInFours(std::string_view text);
KeyReport keyReport(Vault& vault);

// {"format":"baosong.enrolment/1","unit":{"id","name"},"signing_key","reviewer_key","created"}
std::string enrolmentJson(const KeyReport& report, const std::string& created);

// Writes OUT.json (OUT given with or without ".json") and OUT.pdf, the page to print and
// stamp (documents/enrolment_page.h), never overwriting; returns the JSON's path.
std::string writeEnrolment(Vault& vault, const std::string& out, const std::string& actor);

}  // namespace baosong::app
