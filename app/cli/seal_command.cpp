// `baosong seal VAULT --out DIR` (cli.md, bundle.md).

#include <nlohmann/json.hpp>

#include "cli_context.h"
#include "core/actor.h"
#include "core/bundle_seal.h"
#include "core/key_report.h"
#include "usage_error.h"
#include "vault_opening.h"

namespace baosong::cli {

namespace {
// A refusal as the CLI says it: what stands in the way and the command that resolves it.
app::Text cliRefusal(const app::SealRefusal& refusal) {
    return app::refusalWithAction(
        refusal, {"refusal_cli_policy_errors", "refusal_cli_flags", "refusal_cli_items",
                  "refusal_cli_sign_off", "refusal_cli_office_keys"});
}
}  // namespace

int runSealCommand(CliContext& ctx) {
    const Arguments args(ctx.words, {{"--out", "--passphrase-file"}, {"--json"}});
    const std::string& path = args.positional(0, "arg_vault");
    args.requirePositionals(1);
    const auto outOption = args.value("--out");
    if (!outOption) {
        throw usageError(app::Text("usage_out_seal"));
    }
    const std::string& out = *outOption;
    // The seal reads, and so authenticates, every page of what leaves, and leaves nothing
    // behind when a page fails: no whole-file pass before it (store/vault.h PageCheck).
    auto opened = openVaultFor(path, args, ctx, app::Access::Change, app::PageCheck::AsRead);
    const app::SealResult sealed =
        app::sealVault(opened.vault, out, app::actorFor("officer"), cliRefusal);
    if (args.flag("--json")) {
        ctx.out << nlohmann::json{{"profile", sealed.profile},
                                  {"bundle", sealed.bundlePath},
                                  {"signature", sealed.signaturePath},
                                  {"statement", sealed.statementPath.empty()
                                                    ? nlohmann::json()
                                                    : nlohmann::json(sealed.statementPath)},
                                  {"readme", sealed.readmePath},
                                  {"revision", sealed.revision},
                                  {"sha256", sealed.sha256},
                                  {"size", sealed.size},
                                  {"trusted_comment", sealed.trustedComment},
                                  {"settled", sealed.settled
                                                  ? nlohmann::json(sealed.settled->chinese())
                                                  : nlohmann::json()}}
                       .dump()
                << "\n";
        return 0;
    }
    if (sealed.settled) {
        ctx.err << ctx.say(*sealed.settled) << "\n";
    }
    // bundle-gm.md: the statement travels beside the signature in profile gm.
    ctx.out << ctx.say(app::Text("cli_sealed")
                           .with("revision", std::to_string(sealed.revision))
                           .with("bundle", sealed.bundlePath)
                           .with("signature",
                                 sealed.statementPath.empty()
                                     ? sealed.signaturePath
                                     : sealed.statementPath + "\n  " + sealed.signaturePath)
                           .with("readme", sealed.readmePath)
                           .with("sha256", app::groupInFours(sealed.sha256)))
            << "\n";
    return 0;
}

}  // namespace baosong::cli
