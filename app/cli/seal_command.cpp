// `baosong seal VAULT --out DIR` (cli.md, bundle.md).

#include <nlohmann/json.hpp>

#include "cli_context.h"
#include "core/actor.h"
#include "core/bundle_seal.h"
#include "core/key_report.h"
#include "usage_error.h"
#include "vault_opening.h"

namespace baosong::cli {

int runSealCommand(CliContext& ctx) {
    const Arguments args(ctx.words, {{"--out", "--passphrase-file"}, {"--json"}});
    const std::string& path = args.positional(0, "VAULT（保险库文件路径）");
    args.requirePositionals(1);
    const auto outOption = args.value("--out");
    if (!outOption) {
        throw usageError("请用 --out DIR 指定写出报送包的文件夹");
    }
    const std::string& out = *outOption;
    auto opened = openVaultFor(path, args, ctx, app::Access::Change);
    const app::SealResult sealed = app::sealVault(opened.vault, out, app::actorFor("officer"));
    if (args.flag("--json")) {
        ctx.out << nlohmann::json{{"bundle", sealed.bundlePath},
                                  {"signature", sealed.signaturePath},
                                  {"readme", sealed.readmePath},
                                  {"revision", sealed.revision},
                                  {"sha256", sealed.sha256},
                                  {"size", sealed.size},
                                  {"trusted_comment", sealed.trustedComment},
                                  {"settled", sealed.settled ? nlohmann::json(*sealed.settled)
                                                             : nlohmann::json()}}
                       .dump()
                << "\n";
        return 0;
    }
    if (sealed.settled) {
        ctx.err << *sealed.settled << "\n";
    }
    ctx.out << ctx.say("已封装报送包（第", "sealed bundle (revision ") << sealed.revision
            << ctx.say("版）：\n", "):\n") << "  " << sealed.bundlePath << "\n  "
            << sealed.signaturePath << "\n  " << sealed.readmePath << "\n"
            << ctx.say("SHA-256：", "SHA-256: ") << app::groupInFours(sealed.sha256) << "\n"
            << ctx.say("用标准工具核验的方法见 ", "how to check it with standard tools: ")
            << sealed.readmePath << "\n";
    return 0;
}

}  // namespace baosong::cli
