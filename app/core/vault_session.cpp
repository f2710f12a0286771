#include "vault_session.h"

#include <nlohmann/json.hpp>

#include "base/app_error.h"
#include "store/office_store.h"
#include "store/sqlcipher_version.h"
#include "store/vault_header.h"

namespace baosong::app {

void requireIntactAudit(const AuditVerification& audit) {
    if (!audit.intact) {
        throw AppError(
            ErrorKind::Problem, "audit_broken",
            Text("audit_broken").with("problem", audit.problem.value_or(Text("audit_unknown"))));
    }
}

OpenedVault openVault(const std::string& path, const PassphraseProvider& passphrase, Access access,
                      PageCheck pages) {
    VaultHeader::readFrom(path);
    std::optional<VaultWriterLock> writer;
    if (access != Access::ReadOnly) {
        writer = VaultWriterLock::acquire(path);
    }
    Vault vault = Vault::open(path, passphrase(), std::move(writer), pages);
    AuditVerification audit = AuditLog(vault.db()).verify();
    if (access == Access::Change) {
        requireIntactAudit(audit);
    }
    return {std::move(vault), std::move(audit)};
}

OpenedVault openVault(const std::string& path, const PassphraseProvider& passphrase, Access access,
                      VaultRole role) {
    OpenedVault opened = openVault(path, passphrase, access);
    const bool office = role == VaultRole::Office;
    if (OfficeStore(opened.vault.db()).isOfficeVault() != office) {
        throw AppError(ErrorKind::BadInput, "vault_other_role",
                       Text(office ? "vault_is_unit_vault" : "vault_is_office_vault"));
    }
    return opened;
}

bool isVaultFile(const std::string& path) {
    try {
        VaultHeader::readFrom(path);
        return true;
    } catch (const AppError& e) {
        if (e.code() == "not_a_vault") {
            return false;
        }
        throw;  // a vault that is damaged or unreadable says so itself
    }
}

std::string vaultEngineVersion() {
    return sqlcipherVersion();
}

void changeVaultPassphrase(Vault& vault, const crypto::SecretBuffer& newPassphrase,
                           const crypto::Argon2idParams& params, const std::string& actor) {
    vault.changePassphrase(newPassphrase, params, [&](SqliteDatabase& db) {
        const nlohmann::json detail = {{"kdf",
                                        {{"algorithm", "argon2id13"},
                                         {"passes", params.passes},
                                         {"memory_bytes", params.memoryBytes}}}};
        AuditLog(db).append(actor, "vault.passwd", detail.dump());
    });
}

std::vector<AuditEntry> auditEntries(Vault& vault) {
    return AuditLog(vault.db()).entries();
}

}  // namespace baosong::app
