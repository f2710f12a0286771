#pragma once
// The bag "<stem>/" of a sealed bundle as entries of the deterministic tar (bundle.md
// "Inside the age payload", bundle-gm.md "Inside: the bag"), for either profile: the tag
// files, the signatures over the manifests, and the payload streamed from where it lives
// and checked against the manifest the reviewer signed while it streams. The outer
// envelopes (age, or the gm tar) are the writers' of each profile.

#include <cstdint>
#include <ctime>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "bag_profile.h"
#include "bag_tags.h"
#include "bundle_label.h"
#include "crypto/byte_stream.h"
#include "tar_writer.h"

namespace baosong::app::bundle {

struct BagFile {
    std::string path;  // relative to the bag root: "data/照片/张三_证件照.jpg"
    std::uint64_t size = 0;
    std::string digest;                                // what the manifest says (profile's hash)
    std::function<void(crypto::ByteSink&)> fill = {};  // writes exactly size bytes
};

struct BagInput {
    BundleLabel label;              // also gives the bag's folder name (stem)
    BagInfo info;                   // Payload-Oxum and Bagging-Date are filled in here
    std::vector<BagFile> payload;   // every file under data/
    std::string manifest;           // the manifest, exactly as the reviewer signed it
    std::string reviewerSignature;  // its signature file (.minisig text or DER SM2)
};

// The manifest of payload (sorted, "<digest>  <path>").
std::string payloadManifest(const std::vector<BagFile>& payload);

// The seal time as a tar mtime. Throws AppError (BadInput) "bundle_label_invalid".
std::time_t sealedEpoch(const BundleLabel& label);

class BagTar {
  public:
    // unitSign returns the unit's signature file over the tag manifest it is given.
    // Throws AppError (Problem) "signoff_mismatch" when the payload's manifest is not the
    // one the reviewer signed.
    BagTar(BundleProfile profile, const BagInput& input,
           const std::function<std::string(std::string_view tagManifest)>& unitSign);

    // Adds every entry in byte order of its name. A payload file whose bytes do not hash
    // to its manifest line is AppError (Problem) "payload_changed".
    void write(TarWriter& tar) const;
    // The exact size of the tar that write() and finish() make, from names and sizes
    // alone: nothing of the payload is read.
    std::uint64_t tarSize() const;

  private:
    void add(TarWriter& tar, bool sizeOnly) const;
    BundleProfile profile_;
    const BagInput& input_;
    std::string stem_;
    std::map<std::string, std::string> tags_;  // path under the stem → text
    std::time_t mtime_;
};

}  // namespace baosong::app::bundle
