#pragma once
// Writing a sealed bundle of profile "intl" (bundle.md): the BagIt bag as a deterministic tar,
// encrypted with age to the office, in one streaming pass that also hashes every payload file
// (against the manifest the reviewer signed), hashes the ciphertext (SHA-256, for the
// office's replay record) and prehashes it for the unit's outer minisign signature.
// Memory stays constant: one buffer per stage, whatever the size of the bag.

#include <cstdint>
#include <string>
#include <vector>

#include "bag_writer.h"
#include "crypto/age_x25519.h"
#include "crypto/byte_stream.h"
#include "crypto/minisign_secret_key.h"

namespace baosong::app::bundle {

struct SealInput : BagInput {
    std::vector<crypto::age::X25519Recipient> recipients;
};

struct SealedBundle {
    std::string sha256;         // of the .bsx
    std::uint64_t size = 0;     // of the .bsx
    std::string signatureText;  // the .bsx.minisig
};

// Throws AppError (Problem) "signoff_mismatch" when the payload's manifest is not the one
// the reviewer signed, "payload_changed" when a file's bytes do not hash to its manifest
// line while streaming; errors of out are passed on. On any exception what was written to
// out must be discarded.
SealedBundle writeBundle(const SealInput& input, const crypto::MinisignSecretKey& unitKey,
                         crypto::ByteSink& out);

// The shell commands that check the bundle with minisign, age, tar and sha256sum alone,
// one per line, run in the bundle's folder with the office's office.key at hand. unitKey
// and reviewerKey are the "RW…" public keys the office enrolled.
std::string bundleCheckCommands(const BundleLabel& label, const std::string& unitKey,
                                const std::string& reviewerKey);

// <stem>.README.txt beside the bundle: the label and bundleCheckCommands, each line indented.
std::string bundleReadme(const BundleLabel& label, const std::string& unitKey,
                         const std::string& reviewerKey);

}  // namespace baosong::app::bundle
