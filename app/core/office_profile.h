#pragma once
// The bundle profile an office works in (bundle-gm.md "Keys and fingerprints"): chosen
// when the office vault is made and kept in its meta; an office made before the choice
// existed works in "intl". The front ends see it through this header (they may not
// include bundle/).

#include <optional>
#include <string>
#include <string_view>

#include "bundle/bag_profile.h"
#include "store/sqlite_database.h"
#include "store/vault.h"

namespace baosong::app {

using bundle::BundleProfile;

// "intl", "gm".
std::string_view profileWord(BundleProfile profile);
// The profile a word names, or nullopt.
std::optional<BundleProfile> profileFromWord(std::string_view word);

// The signature file beside what a key of the profile signs (a bundle, a grant, a rule
// set): ".minisig" (intl, bundle.md) or ".sig" (gm, DER SM2, bundle-gm.md).
std::string_view signatureSuffix(BundleProfile profile);

BundleProfile officeProfile(Vault& vault);
// The profile a unit seals in: that of the office keys it imported, "intl" until then.
BundleProfile unitProfile(SqliteDatabase& db);
void storeOfficeProfile(SqliteDatabase& db, BundleProfile profile);

}  // namespace baosong::app
