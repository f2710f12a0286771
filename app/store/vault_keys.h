#pragma once
// The keys a unit vault holds: the unit's signing key (protected by the vault encryption)
// and the security reviewer's key (additionally sealed under the reviewer's own
// passphrase, so that whoever knows only the vault passphrase cannot sign off a review).
// Each role has a minisign key (profile "intl") and may have an SM2 key beside it
// (profile "gm", bundle-gm.md "Keys"), stored in the row "<role>.sm2" with its PEM public
// key and its SM3 fingerprint in place of a key id.

#include <optional>
#include <string>

#include "crypto/argon2id.h"
#include "crypto/minisign_secret_key.h"
#include "crypto/secret_buffer.h"
#include "crypto/sm2_key.h"
#include "sqlite_database.h"

namespace baosong::app {

// Unit and Reviewer live in a unit's vault; OfficeGrant (the key that signs quota
// grants) and OfficeReceive (profile "gm": the SM2 key bundles are encrypted to; "intl"
// uses the age identity of office_store) in an office vault.
enum class KeyRole { Unit, Reviewer, OfficeGrant, OfficeReceive };

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

    // Profile "gm": the role's SM2 key. A vault made before the profile existed has none
    // (sm2PublicKey gives nullopt; the secret-key calls throw "key_missing").
    void storeSm2PlainKey(KeyRole role, const crypto::Sm2SecretKey& key);
    void storeSm2ReviewerKey(const crypto::Sm2SecretKey& key,
                             const crypto::SecretBuffer& reviewerPassphrase,
                             const crypto::Argon2idParams& params);
    std::optional<crypto::Sm2PublicKey> sm2PublicKey(KeyRole role);
    // The SM2 row: key_id is the key's SM3 fingerprint, publicKey its PEM.
    std::optional<KeyRecord> sm2Record(KeyRole role);
    crypto::Sm2SecretKey sm2PlainSecretKey(KeyRole role);
    // Throws AppError WrongPassphrase ("reviewer_wrong_passphrase") on a wrong passphrase.
    crypto::Sm2SecretKey sm2ReviewerSecretKey(const crypto::SecretBuffer& reviewerPassphrase);

  private:
    std::optional<KeyRecord> recordOf(const std::string& row, KeyRole role);
    void store(const std::string& row, const std::string& keyId, const std::string& publicKey,
               std::span<const std::uint8_t> secret, bool sealed);
    std::vector<std::uint8_t> secretOf(const std::string& row, KeyRole role, bool& sealed);
    std::vector<std::uint8_t> sealReviewer(const crypto::SecretBuffer& secret,
                                           const crypto::SecretBuffer& passphrase,
                                           const crypto::Argon2idParams& params,
                                           std::string_view context);
    crypto::SecretBuffer openReviewer(const std::string& row,
                                      const crypto::SecretBuffer& passphrase,
                                      std::string_view context);
    SqliteDatabase& db_;
};

const char* roleName(KeyRole role);
// The row of a role's SM2 key: "unit.sm2", "reviewer.sm2", …
std::string sm2RowName(KeyRole role);

}  // namespace baosong::app
