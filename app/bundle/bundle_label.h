#pragma once
// What the outer signature's trusted comment says of a bundle (bundle.md "What a seal
// writes"), signed with it, so that the office learns who, what, which revision and for
// whom before decrypting anything:
//   baosong/1 unit=<unit.id> campaign=<id> revision=<n> sealed=<RFC 3339 UTC> recipient=<age1…>
// The same label names the files: <unit.id>-<campaign>-r<revision>.bsx.

#include <string>
#include <string_view>

namespace baosong::app::bundle {

struct BundleLabel {
    std::string unitId;
    std::string campaign;
    long long revision = 0;
    std::string sealed;     // 2023-05-20T08:00:00Z
    std::string recipient;  // age1…

    // Throws AppError (BadInput) "bundle_label_invalid" when a value holds a space, "=",
    // a line break or a character outside printable ASCII.
    std::string trustedComment() const;
    // "<unit.id>-<campaign>-r<revision>", the bag's folder and the bundle's file stem.
    std::string stem() const;
};

// Throws AppError (Problem) "trusted_comment_invalid" unless text is exactly the form above.
BundleLabel parseTrustedComment(std::string_view text);

// Profile "gm" (bundle-gm.md "What a seal writes"): the .bsx.statement, one line the unit
// key signs with SM2, naming the .bsx by its SM3:
//   baosong/1 profile=gm unit=<unit.id> campaign=<id> revision=<n> sealed=<RFC 3339 UTC>
//   recipient=<office fingerprint, 64 hex> sm3=<SM3 of the .bsx, 64 hex>
// (one line, ending in one line feed). label.recipient is the office key's fingerprint.
struct GmStatement {
    BundleLabel label;
    std::string sm3;
    // Throws AppError (BadInput) "bundle_label_invalid" as trustedComment() does, and when
    // recipient or sm3 is not 64 lower-case hex digits.
    std::string text() const;
};

// Throws AppError (Problem) "statement_invalid" unless text is exactly the form above.
GmStatement parseGmStatement(std::string_view text);

}  // namespace baosong::app::bundle
