// `baosong keys VAULT show|enrolment` (spec/cli.md).

#include <nlohmann/json.hpp>

#include "cli_context.h"
#include "core/actor.h"
#include "core/key_report.h"
#include "core/office_key_import.h"
#include "core/vault_session.h"
#include "key_output.h"
#include "usage_error.h"
#include "vault_opening.h"

namespace baosong::cli {

namespace {
using nlohmann::json;

json keyJson(const app::StoredKey& stored) {
    return {{"key_id", stored.key.keyId},
            {"fingerprint", stored.key.fingerprint},
            {"public_key", stored.key.publicKey},
            {"created", stored.created}};
}

int show(app::Vault& vault, const Arguments& args, CliContext& ctx) {
    const app::KeyReport report = app::keyReport(vault);
    if (args.flag("--json")) {
        ctx.out << json{{"unit", {{"id", report.unitId}, {"name", report.unitName}}},
                        {"unit_key", keyJson(report.unit)},
                        {"reviewer_key", keyJson(report.reviewer)},
                        {"office", report.office
                                       ? json{{"recipient", report.office->recipient},
                                              {"grant_key", report.office->grantKey.fingerprint}}
                                       : json()}}
                       .dump()
                << "\n";
        return 0;
    }
    ctx.out << ctx.say("推荐单位：", "unit: ") << report.unitName << " (" << report.unitId << ")\n";
    printKeyFingerprint(ctx, "单位签名密钥", "unit signing key", report.unit.key);
    printKeyFingerprint(ctx, "保密审查员密钥", "reviewer key", report.reviewer.key);
    ctx.out << ctx.say("国防科工办公钥：", "office keys:");
    if (report.office) {
        ctx.out << "\n";
        printOfficeKeys(ctx, report.office->recipient, report.office->grantKey);
    } else {
        ctx.out << ctx.say("尚未导入", " not imported yet") << "\n";
    }
    return 0;
}

int enrolment(app::Vault& vault, const Arguments& args, CliContext& ctx) {
    const std::string& out = args.positional(2, "OUT（登记申请文件名，不含扩展名）");
    args.requirePositionals(3);
    const std::string written = app::writeEnrolment(vault, out, app::actorFor("officer"));
    const app::KeyReport report = app::keyReport(vault);
    const std::string page = written.substr(0, written.size() - 5) + ".pdf";
    ctx.out << ctx.say("已写出密钥登记申请 ", "wrote enrolment request ") << written
            << ctx.say(" 和登记页 ", " and its page ") << page << "\n"
            << ctx.say("请打印登记页，签字、盖章后送交国防科工办科技信息处，并当面核对以下指纹：\n",
                       "print the page, sign and stamp it, take it to the office; compare these "
                       "fingerprints:\n");
    printKeyFingerprint(ctx, "单位签名密钥", "unit signing key", report.unit.key);
    printKeyFingerprint(ctx, "保密审查员密钥", "reviewer key", report.reviewer.key);
    return 0;
}
int importOffice(app::Vault& vault, const Arguments& args, CliContext& ctx) {
    const std::string& dir = args.positional(2, "DIR（office keys 写出的文件夹）");
    args.requirePositionals(3);
    const auto imported = app::importOfficeKeys(vault, dir, app::actorFor("officer"));
    if (args.flag("--json")) {
        ctx.out << json{{"recipient", imported.recipient},
                        {"grant_key", imported.grantKey.fingerprint},
                        {"grant_key_id", imported.grantKey.keyId}}
                       .dump()
                << "\n";
        return 0;
    }
    ctx.out << ctx.say("已导入国防科工办公钥。请与国防科工办书面提供的指纹逐位核对：\n",
                       "imported the office keys; compare them with the office's printed sheet:\n");
    printOfficeKeys(ctx, imported.recipient, imported.grantKey);
    return 0;
}
}  // namespace

int runKeysCommand(CliContext& ctx) {
    const Arguments args(ctx.words, {{"--passphrase-file"}, {"--json"}});
    const std::string& path = args.positional(0, "VAULT（保险库文件路径）");
    const std::string& subverb = args.positional(1, "子命令（show、enrolment 或 import-office）");
    if (subverb != "show" && subverb != "enrolment" && subverb != "import-office") {
        throw usageError("未知的 keys 子命令“" + subverb + "”");
    }
    if (subverb == "show") {
        args.requirePositionals(2);
    }
    // cli.md: enrolment prints for the clerk, not for a program; refused rather than ignored.
    if (subverb == "enrolment" && args.flag("--json")) {
        throw usageError("keys enrolment 不接受 --json（登记表本身就是 OUT.json）");
    }
    auto opened = openVaultFor(path, args, ctx,
                               subverb == "show" ? app::Access::ReadOnly : app::Access::Change);
    if (subverb == "import-office") {
        return importOffice(opened.vault, args, ctx);
    }
    return subverb == "show" ? show(opened.vault, args, ctx) : enrolment(opened.vault, args, ctx);
}

}  // namespace baosong::cli
