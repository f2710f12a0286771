#pragma once
// The office key a quota grant is checked with (bundle.md "Quota grants", bundle-gm.md
// "Keys and fingerprints"): its minisign grant key in profile intl, whose signature is
// FILE.minisig with the trusted comment "baosong/1 grant"; its SM2 grant key in gm, whose
// signature is FILE.sig, DER, over the grant's bytes (the grant's own "format" names what
// it is, as the trusted comment does in intl).

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <variant>

#include "bundle/bag_profile.h"
#include "crypto/minisign_public_key.h"
#include "crypto/sm2_key.h"
#include "store/office_public_store.h"
#include "store/vault.h"

namespace baosong::app {

class GrantKey {
  public:
    explicit GrantKey(crypto::MinisignPublicKey key) : key_(std::move(key)) {}
    explicit GrantKey(crypto::Sm2PublicKey key) : key_(std::move(key)) {}

    // Gm for an SM2 key, Intl for a minisign one.
    bundle::BundleProfile profile() const;
    // ".minisig" or ".sig": the signature file beside a grant.
    std::string_view signatureSuffix() const;
    // Throws crypto::CryptoError when signature is not this key's over grant.
    void verify(std::span<const std::uint8_t> grant, std::span<const std::uint8_t> signature) const;

  private:
    std::variant<crypto::MinisignPublicKey, crypto::Sm2PublicKey> key_;
};

// The grant key of the office keys a unit imported, of their profile.
std::optional<GrantKey> grantKeyOf(const std::optional<OfficePublicKeys>& office);
// An office's own grant key, of the office's profile.
GrantKey officeGrantKey(Vault& office);

// The two names a grant's signature may have beside it, the intl one first.
inline constexpr std::string_view kGrantSignatureSuffixes[] = {".minisig", ".sig"};

}  // namespace baosong::app
