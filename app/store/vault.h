#pragma once
// The encrypted vault: one SQLCipher 4 file keyed with a raw 32-byte Argon2id key (never
// the passphrase), mode 0600, created atomically, every change in a transaction.

#include <functional>
#include <optional>
#include <string>

#include "crypto/argon2id.h"
#include "crypto/secret_buffer.h"
#include "sqlite_database.h"
#include "vault_header.h"
#include "vault_writer_lock.h"

namespace baosong::app {

// How much of the file opening authenticates. Every page SQLite reads is authenticated
// by its HMAC whenever it is read (VAULT_FORMAT.md "Opening"); opening also checks all of
// them, so damage anywhere is reported at once as damage, unless the action itself reads
// every byte it depends on and is all-or-nothing (a seal), where that would be a second
// pass over a payload that may be gigabytes.
enum class PageCheck { AllAtOpen, AsRead };

class Vault {
  public:
    // Creates a new vault at path and lets populate fill it inside the creating transaction.
    // The file appears only when everything succeeded; path must not exist. The new vault
    // is held for change (vault_writer_lock.h) from before it appears.
    static Vault create(const std::string& path, const crypto::SecretBuffer& passphrase,
                        const crypto::Argon2idParams& params,
                        const std::function<void(SqliteDatabase&)>& populate);

    // Throws AppError: BadInput for a missing, foreign, truncated or damaged file;
    // WrongPassphrase when the key does not open it. Opening never writes to the file
    // unless a crashed transaction's journal must be rolled back. writer: the lock of a
    // process that may change the vault (taken before the passphrase is asked), kept until
    // this object goes; none for a reader.
    static Vault open(const std::string& path, const crypto::SecretBuffer& passphrase,
                      std::optional<VaultWriterLock> writer,
                      PageCheck pages = PageCheck::AllAtOpen);

    // Re-encrypts everything under a key from the new passphrase (fresh salt, and the given
    // parameters, which may be higher), into a new file that then replaces the old one:
    // a crash leaves either the old or the new vault, never a mix. onNewCopy runs inside
    // the new copy before it replaces the old (for its audit entry).
    void changePassphrase(const crypto::SecretBuffer& newPassphrase,
                          const crypto::Argon2idParams& params,
                          const std::function<void(SqliteDatabase&)>& onNewCopy);

    SqliteDatabase& db() noexcept { return db_; }
    const std::string& path() const noexcept { return path_; }
    crypto::Argon2idParams kdfParams() const { return header_.params(); }

  private:
    Vault(std::string path, VaultHeader header, std::optional<VaultWriterLock> writer,
          SqliteDatabase db)
        : path_(std::move(path)), header_(header), writer_(std::move(writer)), db_(std::move(db)) {}
    static SqliteDatabase openKeyed(const std::string& path, const crypto::SecretBuffer& key,
                                    const VaultHeader& header);
    static void configure(SqliteDatabase& db);
    // Returns the writer lock on the copy (taken before it replaces the vault) when this
    // object holds one.
    std::optional<VaultWriterLock> writeReencryptedCopy(
        const crypto::SecretBuffer& newKey, const VaultHeader& newHeader,
        const std::function<void(SqliteDatabase&)>& onNewCopy);

    std::string path_;
    VaultHeader header_;
    std::optional<VaultWriterLock> writer_;  // declared before db_: released after it closes
    SqliteDatabase db_;
};

}  // namespace baosong::app
