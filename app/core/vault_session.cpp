#include "vault_session.h"

#include "base/app_error.h"

namespace baosong::app {

void requireIntactAudit(const AuditVerification& audit) {
    if (!audit.intact) {
        throw AppError(ErrorKind::Problem, "audit_broken",
                       audit.problem +
                           "。该保险库的操作记录在 baosong 之外被改动过，已拒绝修改。请通知保密"
                           "管理员；数据仍可用 vault export-json 导出后导入新的保险库");
    }
}

OpenedVault openVault(const std::string& path, const PassphraseProvider& passphrase,
                      Access access) {
    VaultHeader::readFrom(path);
    std::optional<VaultWriterLock> writer;
    if (access != Access::ReadOnly) {
        writer = VaultWriterLock::acquire(path);
    }
    Vault vault = Vault::open(path, passphrase(), std::move(writer));
    AuditVerification audit = AuditLog(vault.db()).verify();
    if (access == Access::Change) {
        requireIntactAudit(audit);
    }
    return {std::move(vault), std::move(audit)};
}

}  // namespace baosong::app
