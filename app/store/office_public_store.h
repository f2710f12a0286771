#pragma once
// The office's public keys as a unit holds them (`keys VAULT import-office`), of the
// office's profile: in "intl" the age recipient every bundle is encrypted to and the
// minisign key that signs quota grants; in "gm" (bundle-gm.md) the SM2 receiving key and
// the SM2 grant key.

#include <optional>
#include <string>

#include "crypto/age_x25519.h"
#include "crypto/minisign_public_key.h"
#include "crypto/sm2_key.h"
#include "sqlite_database.h"

namespace baosong::app {

struct OfficePublicKeys {
    std::string profile;                                    // "intl" or "gm"
    std::optional<crypto::age::X25519Recipient> recipient;  // intl
    std::optional<crypto::MinisignPublicKey> grantKey;      // intl
    std::optional<crypto::Sm2PublicKey> receiveSm2;         // gm
    std::optional<crypto::Sm2PublicKey> grantSm2;           // gm
    std::string importedAt;
};

class OfficePublicStore {
  public:
    explicit OfficePublicStore(SqliteDatabase& db) : db_(db) {}
    std::optional<OfficePublicKeys> load();
    void put(const crypto::age::X25519Recipient& recipient,
             const crypto::MinisignPublicKey& grantKey);
    void putGm(const crypto::Sm2PublicKey& receive, const crypto::Sm2PublicKey& grant);

  private:
    SqliteDatabase& db_;
};

}  // namespace baosong::app
