#pragma once
// The enrolment page (bundle.md "Enrolment"): what a unit prints, signs, stamps and
// carries to the office with its two public keys, so the clerk can compare fingerprints
// on paper with those `baosong office enrol` shows. Laid out here and only here.

#include <string>

#include "flow_document.h"

namespace baosong::app::documents {

struct EnrolmentKeys {
    std::string unitId;
    std::string unitName;
    std::string unitFingerprint;  // SHA-256 (intl) or SM3 (gm) of the key, in groups of four
    std::string unitPublicKey;    // "RW…", or the SM2 PEM
    std::string unitKeyId;        // minisign's key id: a label beside the fingerprint ("" in gm)
    std::string reviewerFingerprint;
    std::string reviewerPublicKey;
    std::string reviewerKeyId;
    std::string created;           // RFC 3339, as in the request's JSON
    std::string profile = "intl";  // "gm": SM2 keys and SM3 fingerprints (bundle-gm.md)
};

FlowDocument enrolmentPage(const EnrolmentKeys& keys);

}  // namespace baosong::app::documents
