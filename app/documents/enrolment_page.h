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
    std::string unitFingerprint;  // SHA-256 of the key, in groups of four (bundle.md "Keys")
    std::string unitPublicKey;    // "RW…"
    std::string unitKeyId;        // minisign's key id: a label, printed beside the fingerprint
    std::string reviewerFingerprint;
    std::string reviewerPublicKey;
    std::string reviewerKeyId;
    std::string created;  // RFC 3339, as in the request's JSON
};

FlowDocument enrolmentPage(const EnrolmentKeys& keys);

}  // namespace baosong::app::documents
