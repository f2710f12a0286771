#pragma once
// Receiving bundles at the office (cli.md `office verify|open`, bundle.md): verify checks
// the outer signature against the enrolled unit's key, the trusted comment, that the
// bundle is for this office and the revision rules, without decrypting; open also
// decrypts, unpacks safely, checks both manifests and the inner signatures, re-checks
// policy and records the bundle.

#include <optional>
#include <string>
#include <vector>

#include "base/text.h"
#include "bundle/bundle_label.h"
#include "policy/submission_checker.h"
#include "store/vault.h"

namespace baosong::app {

struct VerifiedBundle {
    bundle::BundleLabel label;
    std::string unitName;
    std::string sha256;
    std::uint64_t size = 0;
    std::optional<long long> previousRevision;  // the highest one accepted before
    std::string previousSha256;
    std::string profile = "intl";  // "gm": read from .statement and .sig (bundle-gm.md)
    std::string sm3;               // gm: of the .bsx, as the statement names it
};

// Throws AppError (Problem), each with its own code and sentence:
// "signature_missing", "signature_malformed", "trusted_comment_invalid",
// "signature_other_bundle" (the .minisig of another bundle), "unit_not_enrolled",
// "signer_not_enrolled" (a key not enrolled for this unit), "trusted_comment_altered",
// "bundle_altered" (bit flips, truncation, appended bytes), "recipient_other_office",
// "revision_stale" (这是旧版本，已收到第N版), "revision_conflict" (same revision, other
// bytes), "already_received" (exactly this bundle again); "profile_mismatch" for a bundle of
// the other profile than the office's; in profile "gm" (bundle-gm.md) "statement_invalid"
// and "statement_altered" (the statement's SM2 signature fails under the unit's key).
VerifiedBundle verifyBundle(Vault& vault, const std::string& bundlePath);

struct OpenedBundle {
    VerifiedBundle verified;
    std::string folder;  // OUT/<stem>
    policy::CheckReport report;
    std::vector<Text> notices;  // a skipped revision and the like
};

// Everything verifyBundle throws, then "decrypt_failed" and the bag's codes
// (bundle_reader.h), "bag_info_mismatch" when bag-info.txt disagrees with the signed
// trusted comment, "submission_label_mismatch" when the reviewed submission.json names
// another unit, campaign or revision than it. OUT/<stem> appears only when every check
// passed.
OpenedBundle openBundle(Vault& vault, const std::string& bundlePath, const std::string& outDir,
                        const std::string& actor);

}  // namespace baosong::app
