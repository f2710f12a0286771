#pragma once
// Opening a vault for work: unlock, then check the audit chain, because a vault whose
// history was edited behind baosong's back must not silently take more changes.

#include <functional>
#include <string>
#include <vector>

#include "crypto/secret_buffer.h"
#include "store/audit_log.h"
#include "store/vault.h"

namespace baosong::app {

// Change: this process may write, and holds the vault's writer lock until the vault goes
// (store/vault_writer_lock.h): a second writer gets "vault_busy" before any passphrase is
// asked. Record: it only reads, but records that it did in the audit log, so it holds the
// writer lock too; a broken audit chain does not stop it (`vault export-json` is how such
// a vault's data is rescued). ReadOnly: no lock; readers share the vault with a writer and
// with each other.
enum class Access { ReadOnly, Record, Change };

struct OpenedVault {
    Vault vault;
    AuditVerification audit;
};

using PassphraseProvider = std::function<crypto::SecretBuffer()>;

// A unit's vault (fill in, review, seal) or the office's (enrol, receive, summarise).
enum class VaultRole { Unit, Office };

// Checks that path is a vault (and, for Change, that no other writer holds it) before
// asking for the passphrase, so nobody types a passphrase for the wrong file or for nothing. With
// Access::Change a broken audit chain is refused (AppError Problem "audit_broken"); with ReadOnly
// it is returned for the caller to warn about.
OpenedVault openVault(const std::string& path, const PassphraseProvider& passphrase, Access access,
                      PageCheck pages = PageCheck::AllAtOpen);

// As above, and the vault must be of the given role: AppError (BadInput)
// "vault_other_role" naming the mode to open it in.
OpenedVault openVault(const std::string& path, const PassphraseProvider& passphrase, Access access,
                      VaultRole role);

// Whether path holds a baosong vault at all (by its header, before any passphrase): false
// for another file; a vault that is damaged or unreadable throws its own AppError.
bool isVaultFile(const std::string& path);

// A new vault passphrase (and KDF settings), recorded in the audit log as actor's
// "vault.passwd" in the new copy; the old vault stays until the new one is complete
// (Vault::changePassphrase).
void changeVaultPassphrase(Vault& vault, const crypto::SecretBuffer& newPassphrase,
                           const crypto::Argon2idParams& params, const std::string& actor);

// The audit log, oldest first (`vault audit`).
std::vector<AuditEntry> auditEntries(Vault& vault);

// The storage engine in words for --version ("SQLCipher 4.6.1 community, SQLite 3.46.1").
std::string vaultEngineVersion();

// Throws AppError "audit_broken" when the chain is not intact.
void requireIntactAudit(const AuditVerification& audit);

}  // namespace baosong::app
