#pragma once
// The two bundle profiles (bundle.md "intl", bundle-gm.md "gm") as far as the bag inside
// is concerned: the names of the manifests and of their signatures, the hash the
// manifests use, and how an inner signature is checked. Everything else in a bag is the
// same in both.

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "crypto/minisign_public_key.h"
#include "crypto/sm2_key.h"

namespace baosong::app::bundle {

enum class BundleProfile { Intl, Gm };

// "intl", "gm": the word in `office init --profile`, the statement and --json output.
std::string_view profileName(BundleProfile profile);
std::optional<BundleProfile> profileNamed(std::string_view name);

struct BagLayout {
    std::string_view manifest;           // every payload file
    std::string_view reviewerSignature;  // the reviewer's sign-off over the manifest
    std::string_view tagManifest;        // the four tag files above it
    std::string_view unitSignature;      // the unit key's signature of the tag manifest
    const char* digest;                  // OpenSSL's name of the manifests' hash
};
const BagLayout& bagLayout(BundleProfile profile);

// The hash of text in the profile's manifests, 64 lower-case hex digits.
std::string digestHex(BundleProfile profile, std::string_view text);

// Checks that signatureFile (a .minisig text, or DER SM2 bytes) signs message. Throws
// crypto::CryptoError when it does not.
using SignatureCheck =
    std::function<void(std::string_view message, std::string_view signatureFile)>;

// What the office checks the inner signatures of a bag with: its profile and the keys it
// enrolled for the unit.
struct BagCheck {
    BundleProfile profile;
    SignatureCheck unit;      // over the tag manifest
    SignatureCheck reviewer;  // over the manifest (the sign-off)
};
BagCheck intlBagCheck(const crypto::MinisignPublicKey& unit,
                      const crypto::MinisignPublicKey& reviewer);
BagCheck gmBagCheck(const crypto::Sm2PublicKey& unit, const crypto::Sm2PublicKey& reviewer);

}  // namespace baosong::app::bundle
