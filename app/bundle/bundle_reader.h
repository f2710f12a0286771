#pragma once
// Reading a sealed bundle at the office (bundle.md): the outer signature and its trusted
// comment, checked before anything is decrypted; then the bag, unpacked from the
// decrypted tar into a fresh folder and checked against both manifests and the inner
// signatures (the unit's over the tag manifest, the reviewer's over the manifest).

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "bag_profile.h"
#include "bag_tags.h"
#include "bundle_label.h"
#include "crypto/byte_stream.h"
#include "crypto/minisign_public_key.h"
#include "crypto/minisign_signature.h"
#include "tar_reader.h"

namespace baosong::app::bundle {

struct BundleSignature {
    crypto::MinisignSignature signature;
    BundleLabel label;  // from the trusted comment (not yet verified)
};

// Throws AppError (Problem) "signature_malformed" or "trusted_comment_invalid".
BundleSignature readBundleSignature(std::string_view minisigText);

struct BundleDigest {
    std::string sha256;
    crypto::Blake2b512Digest prehash{};
    std::uint64_t size = 0;
};

// One read of the .bsx: its SHA-256 and minisign prehash.
BundleDigest digestBundle(const std::string& path);

// Throws AppError (Problem): "bundle_altered" when the signature does not match the file
// (altered, truncated or extended in transit), "trusted_comment_altered" when the trusted
// comment was changed after signing, "signature_key_mismatch" when key did not make it.
void verifyBundleSignature(const crypto::MinisignPublicKey& key, const BundleSignature& signature,
                           const BundleDigest& digest);

struct UnpackedBag {
    BagInfo info;
    std::string manifest;                      // the manifest as carried
    std::string submissionJson;                // data/submission.json
    std::string reviewJson;                    // data/review.json
    std::map<std::string, std::string> files;  // "data/…" → digest (profile's hash), as checked
};

// Unpacks the bag "<stem>/" from the tar in plaintext into folder (which must exist, be
// empty and be ours; it takes the place of "<stem>/"), writing nothing outside it, then
// checks the bag. Throws AppError
// (Problem) with codes "bag_entry_unsafe", "bag_too_large", "tar_invalid",
// "bag_layout_invalid", "manifest_mismatch", "tagmanifest_mismatch",
// "unit_signature_invalid", "reviewer_signature_invalid", "payload_oxum_mismatch";
// failures of the source (age) are passed on. On failure the folder's contents are
// the caller's to remove.
UnpackedBag unpackBag(crypto::ByteSource& plaintext, const std::string& stem,
                      const std::string& folder, const BagCheck& check, const TarLimits& limits);

}  // namespace baosong::app::bundle
