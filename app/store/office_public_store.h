#pragma once
// The office's public keys as a unit holds them (`keys VAULT import-office`): the age
// recipient every bundle is encrypted to, and the minisign key that signs quota grants.

#include <optional>
#include <string>

#include "crypto/age_x25519.h"
#include "crypto/minisign_public_key.h"
#include "sqlite_database.h"

namespace baosong::app {

struct OfficePublicKeys {
    crypto::age::X25519Recipient recipient;
    crypto::MinisignPublicKey grantKey;
    std::string importedAt;
};

class OfficePublicStore {
  public:
    explicit OfficePublicStore(SqliteDatabase& db) : db_(db) {}
    std::optional<OfficePublicKeys> load();
    void put(const crypto::age::X25519Recipient& recipient,
             const crypto::MinisignPublicKey& grantKey);

  private:
    SqliteDatabase& db_;
};

}  // namespace baosong::app
