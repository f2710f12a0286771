#include "vault_opening.h"

#include "base/app_error.h"
#include "passphrase_source.h"
#include "store/vault_header.h"

namespace baosong::cli {

bool isVaultFile(const std::string& path) {
    try {
        app::VaultHeader::readFrom(path);
        return true;
    } catch (const app::AppError& e) {
        if (e.code() == "not_a_vault") {
            return false;
        }
        throw;  // a vault that is damaged or unreadable says so itself
    }
}

app::OpenedVault openVaultFor(const std::string& path, const Arguments& args, CliContext& ctx,
                              app::Access access) {
    auto opened = app::openVault(
        path, [&] { return readPassphrase(args, kVaultPassphrase, false); }, access);
    if (!opened.audit.intact) {
        ctx.err << ctx.say("警告：", "warning: ") << opened.audit.problem << "\n";
    }
    return opened;
}

}  // namespace baosong::cli
