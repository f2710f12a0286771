// `baosong documents VAULT --out DIR` (cli.md).

#include <nlohmann/json.hpp>

#include "cli_context.h"
#include "core/actor.h"
#include "core/document_export.h"
#include "usage_error.h"
#include "vault_opening.h"

namespace baosong::cli {

int runDocumentsCommand(CliContext& ctx) {
    const Arguments args(ctx.words, {{"--out", "--passphrase-file"}, {"--json"}});
    const std::string& path = args.positional(0, "arg_vault");
    args.requirePositionals(1);
    const auto out = args.value("--out");
    if (!out) {
        throw usageError(app::Text("usage_out_documents"));
    }
    auto opened = openVaultFor(path, args, ctx, app::Access::Change);
    const auto written = app::writeDocuments(opened.vault, *out, app::actorFor("officer"));
    if (args.flag("--json")) {
        ctx.out << nlohmann::json{{"folder", written.folder}, {"files", written.files}}.dump()
                << "\n";
        return 0;
    }
    ctx.out << ctx.say(app::Text("cli_documents_written").with("folder", written.folder)) << "\n";
    for (const std::string& file : written.files) {
        ctx.out << "  " << file << "\n";
    }
    ctx.out << ctx.say("cli_documents_next") << "\n";
    return 0;
}

}  // namespace baosong::cli
