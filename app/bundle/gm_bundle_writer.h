#pragma once
// Writing a sealed bundle of profile "gm" (bundle-gm.md): the bag's tar (the same bag as
// "intl", with SM3 manifests and SM2 signatures) encrypted with SM4-CBC under a fresh
// file key, MACed with HMAC-SM3, the file key SM2-encrypted to the office, all in a plain
// ustar archive; beside it the statement naming the archive by its SM3, signed by the
// unit key. One streaming pass after a size-only pass over the names (the payload's tar
// size goes in the outer tar's header); memory stays constant.

#include <cstdint>
#include <string>
#include <vector>

#include "bag_writer.h"
#include "crypto/byte_stream.h"
#include "crypto/sm2_key.h"

namespace baosong::app::bundle {

struct GmSealInput : BagInput {
    crypto::Sm2PublicKey office;  // label.recipient must be its fingerprint (hex)
};

struct GmSealedBundle {
    std::string sha256;  // of the .bsx, for the vault's records (bundle.md "Revisions")
    std::string sm3;     // of the .bsx, in the statement
    std::uint64_t size = 0;
    std::string statement;                // the .bsx.statement
    std::vector<std::uint8_t> signature;  // the .bsx.sig (DER SM2)
};

// Throws as writeBundle does ("signoff_mismatch", "payload_changed", errors of out) and
// AppError (BadInput) "bundle_label_invalid" when label.recipient is not the office key's
// fingerprint. On any exception what was written to out must be discarded.
GmSealedBundle writeGmBundle(const GmSealInput& input, const crypto::Sm2SecretKey& unitKey,
                             crypto::ByteSink& out);

// The shell commands of bundle-gm.md "Checking a bundle with the openssl command line
// only", filled in: run with `sh -e` in the bundle's folder with office.pem at hand, they
// write the unit's and reviewer's public keys (as the office enrolled them), check every
// signature, hash and MAC, decrypt only after the MAC holds, and stop at the first
// failure.
std::string gmBundleCheckCommands(const BundleLabel& label, const std::string& unitPem,
                                  const std::string& reviewerPem);

// <stem>.README.txt beside the bundle: the label, the fingerprints to compare, and the
// commands, each line indented.
std::string gmBundleReadme(const BundleLabel& label, const crypto::Sm2PublicKey& unitKey,
                           const crypto::Sm2PublicKey& reviewerKey);

}  // namespace baosong::app::bundle
