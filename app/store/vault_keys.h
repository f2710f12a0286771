#pragma once
// The keys a unit vault holds: the unit's signing key (protected by the vault encryption)
// and the security reviewer's key (additionally sealed under the reviewer's own
// passphrase, so that whoever knows only the vault passphrase cannot sign off a review).

#include <optional>
#include <string>

#include "crypto/argon2id.h"
#include "crypto/minisign_secret_key.h"
#include "crypto/secret_buffer.h"
#include "sqlite_database.h"

namespace baosong::app {

// Unit and Reviewer live in a unit's vault; OfficeGrant (the key that signs quota
// grants) in an office vault.
enum class KeyRole { Unit, Reviewer, OfficeGrant };

struct KeyRecord {
    KeyRole role;
    std::string keyIdHex;   // as minisign prints it
    std::string publicKey;  // "RW…"
    std::string created;
    bool sealed = false;
};

class VaultKeys {
  public:
    explicit VaultKeys(SqliteDatabase& db) : db_(db) {}

    void storeUnitKey(const crypto::MinisignSecretKey& key) { storePlainKey(KeyRole::Unit, key); }
    // A key protected only by the vault's own encryption (Unit, OfficeGrant).
    void storePlainKey(KeyRole role, const crypto::MinisignSecretKey& key);
    void storeReviewerKey(const crypto::MinisignSecretKey& key,
                          const crypto::SecretBuffer& reviewerPassphrase,
                          const crypto::Argon2idParams& params);

    std::optional<KeyRecord> record(KeyRole role);
    crypto::MinisignPublicKey publicKey(KeyRole role);
    crypto::MinisignSecretKey unitSecretKey() { return plainSecretKey(KeyRole::Unit); }
    crypto::MinisignSecretKey plainSecretKey(KeyRole role);
    // Throws AppError WrongPassphrase ("reviewer_wrong_passphrase") on a wrong passphrase.
    crypto::MinisignSecretKey reviewerSecretKey(const crypto::SecretBuffer& reviewerPassphrase);

  private:
    void store(KeyRole role, const crypto::MinisignSecretKey& key,
               std::span<const std::uint8_t> secret, bool sealed);
    std::vector<std::uint8_t> secretOf(KeyRole role, bool& sealed);
    SqliteDatabase& db_;
};

const char* roleName(KeyRole role);

}  // namespace baosong::app
