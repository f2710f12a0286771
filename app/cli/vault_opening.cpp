#include "vault_opening.h"

#include "base/app_error.h"
#include "passphrase_source.h"

namespace baosong::cli {

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
