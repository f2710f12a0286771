#pragma once
// Reading a sealed bundle of profile "gm" at the office (bundle-gm.md): two passes over
// one open file. The first checks the outer tar's members, that it names this office,
// opens the file key with the office's SM2 key and verifies the HMAC-SM3 over IV ‖ the
// whole payload, decrypting nothing; the second decrypts and unpacks the bag. Both read
// the same descriptor, so a file renamed over the path in between is never read; one
// written over in place is caught by the payload's MAC and the file's SM3, both computed
// again in the second pass (bundle_changed), and what was unpacked then is discarded.

#include <memory>
#include <optional>
#include <string>

#include "bag_profile.h"
#include "bundle_reader.h"
#include "crypto/gm_payload.h"
#include "crypto/sm2_key.h"
#include "file_stream.h"
#include "tar_reader.h"

namespace baosong::app::bundle {

class GmBundleOpener {
  public:
    // The first pass. expectedSm3 is the statement's sm3= (already verified under the
    // unit's key). Throws AppError (Problem): "bundle_profile_invalid" (members other than
    // bundle-gm.md's, in another order, of a wrong size), "recipient_other_office" (the
    // archive names another office), "decrypt_failed" (key.sm2 does not open with
    // officeKey, the MAC fails), "bundle_altered" (the file's SM3 is not expectedSm3);
    // tar codes as TarReader throws them.
    GmBundleOpener(std::string path, const crypto::Sm2SecretKey& officeKey,
                   const std::string& expectedSm3);
    GmBundleOpener(const GmBundleOpener&) = delete;
    GmBundleOpener& operator=(const GmBundleOpener&) = delete;

    // The second pass, once: unpackBag's contract, and "bundle_changed" when the file or
    // its payload differs from what the first pass checked (what was unpacked by then is
    // the caller's to discard).
    UnpackedBag unpack(const std::string& stem, const std::string& folder, const BagCheck& check,
                       const TarLimits& limits);

  private:
    void check(crypto::ByteSource& file, const crypto::Sm2SecretKey& officeKey);
    std::unique_ptr<FileSource> file_;
    std::string sm3_;
    std::optional<crypto::GmFileKey> fileKey_;
    std::optional<crypto::CheckedPayload> checked_;
};

}  // namespace baosong::app::bundle
