#pragma once
// How every verb opens a vault: the header is checked first, the passphrase is asked only
// then (spec/cli.md "Passphrases"), and a broken audit chain is always pointed out.

#include <string>

#include "arguments.h"
#include "cli_context.h"
#include "core/vault_session.h"

namespace baosong::cli {

app::OpenedVault openVaultFor(const std::string& path, const Arguments& args, CliContext& ctx,
                              app::Access access, app::PageCheck pages = app::PageCheck::AllAtOpen);

}  // namespace baosong::cli
