#include "vault_opening.h"

#include "base/app_error.h"
#include "passphrase_source.h"

namespace baosong::cli {

app::OpenedVault openVaultFor(const std::string& path, const Arguments& args, CliContext& ctx,
                              app::Access access, app::PageCheck pages) {
    auto opened = app::openVault(
        path, [&] { return readPassphrase(args, kVaultPassphrase, false); }, access, pages);
    if (!opened.audit.intact) {
        ctx.err << ctx.say(app::Text("cli_warning")
                               .with("problem",
                                     opened.audit.problem.value_or(app::Text("audit_unknown"))))
                << "\n";
    }
    return opened;
}

}  // namespace baosong::cli
