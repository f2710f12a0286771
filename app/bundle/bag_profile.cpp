#include "bag_profile.h"

#include "crypto/evp_digest.h"
#include "crypto/minisign_signature.h"
#include "crypto/sha256.h"
#include "crypto/sm2_signature.h"

namespace baosong::app::bundle {

namespace {
// bundle.md "Inside the age payload": BagIt's own names for SHA-256 manifests.
constexpr BagLayout kIntl{"manifest-sha256.txt", "manifest-sha256.txt.reviewer.minisig",
                          "tagmanifest-sha256.txt", "tagmanifest-sha256.txt.minisig", "SHA256"};
// bundle-gm.md "Inside: the bag": RFC 8493 §2.1.3 names a manifest by its algorithm.
constexpr BagLayout kGm{"manifest-sm3.txt", "manifest-sm3.txt.reviewer.sig", "tagmanifest-sm3.txt",
                        "tagmanifest-sm3.txt.sig", "SM3"};

SignatureCheck minisignCheck(const crypto::MinisignPublicKey& key) {
    return [key](std::string_view message, std::string_view signatureFile) {
        crypto::verifyMinisign(key, crypto::bytesOfText(message),
                               crypto::MinisignSignature::parse(signatureFile));
    };
}

SignatureCheck sm2Check(const crypto::Sm2PublicKey& key) {
    return [key](std::string_view message, std::string_view signatureFile) {
        crypto::sm2Verify(key, crypto::bytesOfText(message), crypto::bytesOfText(signatureFile));
    };
}
}  // namespace

std::string_view profileName(BundleProfile profile) {
    return profile == BundleProfile::Gm ? "gm" : "intl";
}

std::optional<BundleProfile> profileNamed(std::string_view name) {
    if (name == "gm") {
        return BundleProfile::Gm;
    }
    if (name == "intl") {
        return BundleProfile::Intl;
    }
    return std::nullopt;
}

const BagLayout& bagLayout(BundleProfile profile) {
    return profile == BundleProfile::Gm ? kGm : kIntl;
}

std::string digestHex(BundleProfile profile, std::string_view text) {
    crypto::EvpDigest32 digest(bagLayout(profile).digest);
    digest.update(crypto::bytesOfText(text));
    return crypto::toHex(digest.finish());
}

BagCheck intlBagCheck(const crypto::MinisignPublicKey& unit,
                      const crypto::MinisignPublicKey& reviewer) {
    return {BundleProfile::Intl, minisignCheck(unit), minisignCheck(reviewer)};
}

BagCheck gmBagCheck(const crypto::Sm2PublicKey& unit, const crypto::Sm2PublicKey& reviewer) {
    return {BundleProfile::Gm, sm2Check(unit), sm2Check(reviewer)};
}

}  // namespace baosong::app::bundle
