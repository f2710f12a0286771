#include "grant_key.h"

#include "crypto/minisign_signature.h"
#include "crypto/sm2_signature.h"
#include "office_profile.h"
#include "store/vault_keys.h"

namespace baosong::app {

BundleProfile GrantKey::profile() const {
    return std::holds_alternative<crypto::Sm2PublicKey>(key_) ? BundleProfile::Gm
                                                              : BundleProfile::Intl;
}

std::string_view GrantKey::signatureSuffix() const {
    return app::signatureSuffix(profile());
}

void GrantKey::verify(std::span<const std::uint8_t> grant,
                      std::span<const std::uint8_t> signature) const {
    if (const auto* sm2 = std::get_if<crypto::Sm2PublicKey>(&key_)) {
        crypto::sm2Verify(*sm2, grant, signature);
        return;
    }
    const auto parsed = crypto::MinisignSignature::parse(
        std::string_view(reinterpret_cast<const char*>(signature.data()), signature.size()));
    crypto::verifyMinisign(std::get<crypto::MinisignPublicKey>(key_), grant, parsed);
}

std::optional<GrantKey> grantKeyOf(const std::optional<OfficePublicKeys>& office) {
    if (!office) {
        return std::nullopt;
    }
    if (office->grantSm2) {
        return GrantKey(*office->grantSm2);
    }
    if (office->grantKey) {
        return GrantKey(*office->grantKey);
    }
    return std::nullopt;
}

GrantKey officeGrantKey(Vault& office) {
    VaultKeys keys(office.db());
    if (officeProfile(office) == BundleProfile::Gm) {
        return GrantKey(*keys.sm2PublicKey(KeyRole::OfficeGrant));
    }
    return GrantKey(keys.publicKey(KeyRole::OfficeGrant));
}

}  // namespace baosong::app
