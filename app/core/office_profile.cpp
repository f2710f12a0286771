#include "office_profile.h"

#include "store/office_public_store.h"
#include "store/vault_meta.h"

namespace baosong::app {

namespace {
constexpr const char* kMetaKey = "office_profile";
}  // namespace

std::string_view profileWord(BundleProfile profile) {
    return bundle::profileName(profile);
}

std::optional<BundleProfile> profileFromWord(std::string_view word) {
    return bundle::profileNamed(word);
}

std::string_view signatureSuffix(BundleProfile profile) {
    return profile == BundleProfile::Gm ? ".sig" : ".minisig";
}

BundleProfile officeProfile(Vault& vault) {
    const auto word = VaultMeta(vault.db()).get(kMetaKey);
    return word ? profileFromWord(*word).value_or(BundleProfile::Intl) : BundleProfile::Intl;
}

BundleProfile unitProfile(SqliteDatabase& db) {
    const auto office = OfficePublicStore(db).load();
    return office && office->profile == "gm" ? BundleProfile::Gm : BundleProfile::Intl;
}

void storeOfficeProfile(SqliteDatabase& db, BundleProfile profile) {
    VaultMeta(db).put(kMetaKey, std::string(profileWord(profile)));
}

}  // namespace baosong::app
