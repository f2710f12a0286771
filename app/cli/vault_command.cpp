// `baosong vault init|import|export-json|passwd|audit` (spec/cli.md).

#include <nlohmann/json.hpp>

#include <iomanip>

#include "cli_context.h"
#include "core/actor.h"
#include "core/content_scan.h"
#include "core/key_report.h"
#include "core/passphrase_rules.h"
#include "core/reviewer_name.h"
#include "core/submission_export.h"
#include "core/submission_import.h"
#include "core/vault_init.h"
#include "core/vault_session.h"
#include "kdf_options.h"
#include "key_output.h"
#include "passphrase_source.h"
#include "usage_error.h"
#include "vault_opening.h"

namespace baosong::cli {

namespace {
using nlohmann::json;

std::string megabytes(std::uint64_t bytes) {
    std::ostringstream text;
    text << std::fixed << std::setprecision(1) << static_cast<double>(bytes) / 1e6 << " MB";
    return text.str();
}

int init(CliContext& ctx) {
    OptionSpec spec{{"--campaign", "--channel", "--unit-name", "--unit-id", "--passphrase-file",
                     "--reviewer-passphrase-file", "--reviewer-name"},
                    {"--json"}};
    spec.withValue.insert(kKdfOptions.begin(), kKdfOptions.end());
    const Arguments args(ctx.words, spec);
    app::VaultInitRequest request;
    request.path = args.positional(0, "VAULT（保险库文件路径）");
    args.requirePositionals(1);
    request.identity = {args.value("--campaign").value_or(""), args.value("--channel").value_or(""),
                        args.value("--unit-name").value_or(""),
                        args.value("--unit-id").value_or("")};
    request.reviewerName = args.value("--reviewer-name").value_or("");
    app::validateIdentity(request.identity);
    if (!request.reviewerName.empty()) {
        app::validateReviewerName(request.reviewerName);
    }
    request.kdf = kdfParamsFrom(args);
    request.actor = app::actorFor("officer");
    const auto vaultPassphrase = readPassphrase(args, kVaultPassphrase, true);
    app::requireAcceptableNewPassphrase(vaultPassphrase, "保险库口令");
    const auto reviewerPassphrase = readPassphrase(args, kReviewerPassphrase, true);
    app::Vault vault = app::initVault(request, vaultPassphrase, reviewerPassphrase);
    const app::KeyReport keys = app::keyReport(vault);
    if (args.flag("--json")) {
        ctx.out << json{{"vault", request.path},
                        {"unit_key", keys.unit.key.fingerprint},
                        {"reviewer_key", keys.reviewer.key.fingerprint}}
                       .dump()
                << "\n";
        return 0;
    }
    ctx.out << ctx.say("已创建保险库 ", "created vault ") << request.path << "\n"
            << ctx.say("  推荐单位：", "  unit: ") << keys.unitName << " (" << keys.unitId << ")\n";
    printKeyFingerprint(ctx, "单位签名密钥", "unit signing key", keys.unit.key);
    printKeyFingerprint(ctx, "保密审查员密钥", "reviewer key", keys.reviewer.key);
    ctx.out << ctx.say("下一步：baosong vault import ", "next: baosong vault import ")
            << request.path << " SUBMISSION.json\n";
    return 0;
}

int importCommand(CliContext& ctx) {
    const Arguments args(ctx.words, {{"--passphrase-file"}, {"--json"}});
    const std::string& path = args.positional(0, "VAULT（保险库文件路径）");
    const std::string& source = args.positional(1, "SUBMISSION.json（报送数据文件）");
    args.requirePositionals(2);
    auto opened = openVaultFor(path, args, ctx, app::Access::Change);
    const bool showProgress = ctx.terminal && !args.flag("--json");
    const auto summary =
        app::importSubmission(opened.vault, source, app::actorFor("officer"),
                              [&](std::uint64_t done, std::uint64_t total) {
                                  if (showProgress && total > 0) {
                                      ctx.progress << "\r" << ctx.say("导入中 ", "importing ")
                                                   << done * 100 / total << "%" << std::flush;
                                  }
                              });
    if (showProgress) {
        ctx.progress << "\r";
    }
    if (args.flag("--json")) {
        ctx.out << json{{"candidates", summary.candidates},
                        {"files", summary.files},
                        {"bytes", summary.bytes},
                        {"photos_with_gps_removed", summary.gpsRemoved}}
                       .dump()
                << "\n";
        return 0;
    }
    ctx.out << ctx.say("已导入 ", "imported ") << summary.candidates
            << ctx.say(" 名候选人、", " candidates, ") << summary.files
            << ctx.say(" 个文件（", " files (") << megabytes(summary.bytes)
            << ctx.say("）到 ", ") into ") << path << "\n";
    if (summary.gpsRemoved > 0) {
        ctx.out << ctx.say("已从 ", "stripped the GPS position from ") << summary.gpsRemoved
                << ctx.say(" 张照片中清除 GPS 拍摄位置（详见 review list）。\n",
                           " photos (see review list).\n");
    }
    return 0;
}

// The unit's own lexicon: its words go into the encrypted vault and nowhere else.
int lexiconCommand(CliContext& ctx) {
    const Arguments args(ctx.words, {{"--passphrase-file"}, {}});
    const std::string& path = args.positional(0, "VAULT（保险库文件路径）");
    const std::string& file = args.positional(1, "FILE（敏感词表，每行一个词）");
    args.requirePositionals(2);
    auto opened = openVaultFor(path, args, ctx, app::Access::Change);
    const std::size_t count =
        app::replaceVaultLexicon(opened.vault, file, app::actorFor("officer"));
    ctx.out << ctx.say("本单位敏感词表已更新：", "unit lexicon replaced: ") << count
            << ctx.say(" 个词。词表只保存在加密保险库中；原文件请按涉密载体管理规定处理。\n",
                       " words. They are kept only inside the encrypted vault; handle the "
                       "source file as classified media.\n");
    return 0;
}

int exportJson(CliContext& ctx) {
    const Arguments args(ctx.words, {{"--passphrase-file"}, {"--json"}});
    const std::string& path = args.positional(0, "VAULT（保险库文件路径）");
    const std::string& dir = args.positional(1, "DIR（导出到的新文件夹）");
    args.requirePositionals(2);
    auto opened = openVaultFor(path, args, ctx, app::Access::Record);
    const auto summary = app::exportSubmission(opened.vault, dir, app::actorFor("officer"));
    if (args.flag("--json")) {
        ctx.out << json{{"folder", dir},
                        {"candidates", summary.candidates},
                        {"files", summary.files},
                        {"bytes", summary.bytes}}
                       .dump()
                << "\n";
        return 0;
    }
    ctx.out << ctx.say("已导出到 ", "exported to ") << dir << "/submission.json"
            << ctx.say("（", " (") << summary.candidates << ctx.say(" 名候选人、", " candidates, ")
            << summary.files << ctx.say(" 个文件）\n", " files)\n")
            << ctx.say("注意：导出的文件未加密，用完请妥善处理。\n",
                       "note: the exported files are not encrypted; dispose of them properly.\n");
    return 0;
}

int passwd(CliContext& ctx) {
    OptionSpec spec{{"--passphrase-file", "--new-passphrase-file"}, {}};
    spec.withValue.insert(kKdfOptions.begin(), kKdfOptions.end());
    const Arguments args(ctx.words, spec);
    const std::string& path = args.positional(0, "VAULT（保险库文件路径）");
    args.requirePositionals(1);
    kdfParamsFrom(args);  // a bad option is refused before any passphrase is asked
    auto opened = openVaultFor(path, args, ctx, app::Access::Change);
    const auto params = kdfParamsFrom(args, opened.vault.kdfParams());
    const auto newPassphrase = readPassphrase(args, kNewVaultPassphrase, true);
    app::requireAcceptableNewPassphrase(newPassphrase, "新的保险库口令");
    const std::string actor = app::actorFor("officer");
    app::changeVaultPassphrase(opened.vault, newPassphrase, params, actor);
    ctx.out << ctx.say("保险库口令已更换：", "vault passphrase changed: ") << path << "\n";
    return 0;
}

int audit(CliContext& ctx) {
    const Arguments args(ctx.words, {{"--passphrase-file"}, {"--json"}});
    const std::string& path = args.positional(0, "VAULT（保险库文件路径）");
    args.requirePositionals(1);
    auto opened = app::openVault(
        path, [&] { return readPassphrase(args, kVaultPassphrase, false); }, app::Access::ReadOnly);
    const auto entries = app::auditEntries(opened.vault);
    const auto& check = opened.audit;
    if (args.flag("--json")) {
        json list = json::array();
        for (const auto& e : entries) {
            list.push_back({{"seq", e.seq},
                            {"at", e.at},
                            {"actor", e.actor},
                            {"action", e.action},
                            {"detail", json::parse(e.detail, nullptr, false)}});
        }
        ctx.out
            << json{{"intact", check.intact}, {"problem", check.problem}, {"entries", list}}.dump()
            << "\n";
    } else {
        for (const auto& e : entries) {
            ctx.out << std::setw(4) << e.seq << "  " << e.at << "  " << e.actor << "  " << e.action
                    << "  " << e.detail << "\n";
        }
        if (check.intact) {
            ctx.out << ctx.say("审计日志完整，共 ", "audit log intact, ") << check.entries
                    << ctx.say(" 条。\n", " entries.\n");
        } else {
            ctx.out << ctx.say("审计日志已被改动：", "audit log altered: ") << check.problem
                    << "\n";
        }
    }
    return check.intact ? 0 : 1;
}
}  // namespace

int runVaultCommand(const std::string& subverb, CliContext& ctx) {
    if (subverb == "init") {
        return init(ctx);
    }
    if (subverb == "import") {
        return importCommand(ctx);
    }
    if (subverb == "export-json") {
        return exportJson(ctx);
    }
    if (subverb == "passwd") {
        return passwd(ctx);
    }
    if (subverb == "audit") {
        return audit(ctx);
    }
    if (subverb == "lexicon") {
        return lexiconCommand(ctx);
    }
    throw usageError("未知的 vault 子命令“" + subverb + "”");
}

}  // namespace baosong::cli
