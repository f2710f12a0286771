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
    const std::string& path = args.positional(0, "VAULT（保险库文件路径）");
    args.requirePositionals(1);
    const auto out = args.value("--out");
    if (!out) {
        throw usageError("请用 --out DIR 指定写出文件的文件夹");
    }
    auto opened = openVaultFor(path, args, ctx, app::Access::Change);
    const auto written = app::writeDocuments(opened.vault, *out, app::actorFor("officer"));
    if (args.flag("--json")) {
        ctx.out << nlohmann::json{{"folder", written.folder}, {"files", written.files}}.dump()
                << "\n";
        return 0;
    }
    ctx.out << ctx.say("已写出报送文件到 ", "wrote the documents to ") << written.folder << "\n";
    for (const std::string& file : written.files) {
        ctx.out << "  " << file << "\n";
    }
    ctx.out << ctx.say(
        "打印、签字、盖章后扫描为 PDF（盖章版）。这些 Word 和 PDF 文件与封包时报送包中"
        "的逐字节相同。\n",
        "print, sign, stamp and scan them (the stamped PDFs). These Word and PDF "
        "files are byte for byte the ones the bundle will carry.\n");
    return 0;
}

}  // namespace baosong::cli
