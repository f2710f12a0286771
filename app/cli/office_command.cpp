// `baosong office init|keys|enrol|verify|open|grant|summary` (cli.md): the receiving side,
// run by the office's clerk on the office's own vault.

#include <unistd.h>

#include <charconv>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli_context.h"
#include "core/actor.h"
#include "core/key_report.h"
#include "core/office_admin.h"
#include "core/office_receive.h"
#include "core/office_summary.h"
#include "core/passphrase_rules.h"
#include "kdf_options.h"
#include "key_output.h"
#include "passphrase_source.h"
#include "policy/finding_json.h"
#include "policy/rule_set.h"
#include "usage_error.h"
#include "vault_opening.h"

namespace baosong::cli {

namespace {
using nlohmann::json;

std::string clerk() {
    return app::actorFor("clerk");
}

int init(CliContext& ctx) {
    OptionSpec spec{{"--passphrase-file"}, {"--json"}};
    spec.withValue.insert(kKdfOptions.begin(), kKdfOptions.end());
    const Arguments args(ctx.words, spec);
    const std::string& path = args.positional(0, "OFFICE_VAULT（国防科工办保险库文件路径）");
    args.requirePositionals(1);
    const auto passphrase = readPassphrase(args, kVaultPassphrase, true);
    app::requireAcceptableNewPassphrase(passphrase, "保险库口令");
    app::Vault vault = app::initOfficeVault(path, passphrase, kdfParamsFrom(args), clerk());
    const std::string recipient = app::officeRecipient(vault);
    if (args.flag("--json")) {
        ctx.out << json{{"vault", path}, {"recipient", recipient}}.dump() << "\n";
        return 0;
    }
    ctx.out << ctx.say("已创建国防科工办保险库 ", "created office vault ") << path << "\n"
            << ctx.say("接收方（age）：", "recipient (age): ") << app::groupInFours(recipient)
            << "\n"
            << ctx.say("用 baosong office keys 写出交给各单位的公钥文件。\n",
                       "write the files for the units with baosong office keys.\n");
    return 0;
}

int keys(CliContext& ctx) {
    const Arguments args(ctx.words, {{"--out", "--passphrase-file"}, {"--with-secret", "--json"}});
    const std::string& path = args.positional(0, "OFFICE_VAULT");
    args.requirePositionals(1);
    const auto out = args.value("--out");
    if (!out) {
        throw usageError("请用 --out DIR 指定写出公钥文件的文件夹");
    }
    auto opened = openVaultFor(path, args, ctx, app::Access::Change);
    const auto files =
        app::writeOfficeKeys(opened.vault, *out, args.flag("--with-secret"), clerk());
    if (args.flag("--json")) {
        ctx.out << json{{"recipient", files.recipient},
                        {"grant_key", files.grantKey.fingerprint},
                        {"grant_key_id", files.grantKey.keyId},
                        {"files",
                         files.identityPath.empty()
                             ? json{files.recipientPath, files.grantKeyPath, files.sheetPath}
                             : json{files.recipientPath, files.grantKeyPath, files.sheetPath,
                                    files.identityPath}}}
                       .dump()
                << "\n";
        return 0;
    }
    ctx.out << ctx.say("国防科工办公钥（打印此页，与公钥文件一并交给各单位核对）\n",
                       "office keys (print this page and hand it to the units with the files)\n");
    printOfficeKeys(ctx, files.recipient, files.grantKey);
    ctx.out << ctx.say("已写出：", "wrote: ") << files.recipientPath << ", " << files.grantKeyPath
            << ", " << files.sheetPath
            << (files.identityPath.empty() ? "" : ", " + files.identityPath) << "\n";
    if (!files.identityPath.empty()) {
        ctx.out << ctx.say("office.key 是私钥：只可离线备份，切勿交给任何单位。\n",
                           "office.key is the SECRET key: keep it offline, never hand it out.\n");
    }
    return 0;
}

bool confirmedOnTerminal(CliContext& ctx) {
    if (!::isatty(STDIN_FILENO)) {
        return false;
    }
    ctx.err << ctx.say("以上指纹与盖章的纸质登记申请逐位一致吗？一致请输入 yes：",
                       "Do these fingerprints match the stamped paper exactly? Type yes: ");
    std::string answer;
    std::getline(std::cin, answer);
    return answer == "yes" || answer == "是";
}

int enrol(CliContext& ctx) {
    const Arguments args(ctx.words,
                         {{"--passphrase-file", "--unit-fingerprint", "--reviewer-fingerprint"},
                          {"--yes", "--json"}});
    const std::string& path = args.positional(0, "OFFICE_VAULT");
    const std::string& file = args.positional(1, "ENROLMENT（单位的登记申请 .json）");
    args.requirePositionals(2);
    const auto typedUnit = args.value("--unit-fingerprint");
    const auto typedReviewer = args.value("--reviewer-fingerprint");
    if (typedUnit.has_value() != typedReviewer.has_value()) {
        throw usageError(
            "--unit-fingerprint 与 --reviewer-fingerprint 须同时给出（均照纸质登记表填写）");
    }
    const app::Enrolment enrolment = app::readEnrolmentFile(file);
    const app::EnrolmentFingerprints keys = app::enrolmentFingerprints(enrolment);
    auto opened = openVaultFor(path, args, ctx, app::Access::Change);
    if (!args.flag("--json")) {
        ctx.out << ctx.say("单位：", "unit: ") << enrolment.unitName << " (" << enrolment.unitId
                << ")\n";
        printKeyFingerprint(ctx, "单位签名密钥", "unit signing key", keys.signing);
        printKeyFingerprint(ctx, "保密审查员密钥", "reviewer key", keys.reviewer);
    }
    if (typedUnit) {
        // The clerk typed both fingerprints from the stamped paper: baosong compares them.
        app::requirePaperFingerprints(keys, *typedUnit, *typedReviewer);
    } else if (!args.flag("--yes") && !confirmedOnTerminal(ctx)) {
        throw app::AppError(app::ErrorKind::BadInput, "enrolment_unconfirmed",
                            "未确认指纹，未登记。核对纸质登记申请后重试；脚本中可用 --yes");
    }
    app::enrolUnit(opened.vault, enrolment, clerk());
    if (args.flag("--json")) {
        ctx.out << json{{"unit", enrolment.unitId},
                        {"signing_key", keys.signing.fingerprint},
                        {"reviewer_key", keys.reviewer.fingerprint}}
                       .dump()
                << "\n";
        return 0;
    }
    ctx.out << ctx.say("已登记单位 ", "enrolled unit ") << enrolment.unitId << "\n";
    return 0;
}

json verifiedJson(const app::VerifiedBundle& v) {
    return {{"unit", v.label.unitId},
            {"unit_name", v.unitName},
            {"campaign", v.label.campaign},
            {"revision", v.label.revision},
            {"sealed", v.label.sealed},
            {"sha256", v.sha256},
            {"size", v.size},
            {"previous_revision", v.previousRevision ? json(*v.previousRevision) : json()}};
}

void printVerified(const app::VerifiedBundle& v, CliContext& ctx) {
    ctx.out << ctx.say("✓ 签名有效：来自已登记单位 ", "✓ signed by enrolled unit ") << v.unitName
            << " (" << v.label.unitId << ")\n"
            << ctx.say("✓ 接收方是本办\n", "✓ addressed to this office\n")
            << ctx.say("✓ 版本：第", "✓ revision ") << v.label.revision
            << (v.previousRevision
                    ? std::string(ctx.say("版（此前已收到第", " (received before: ")) +
                          std::to_string(*v.previousRevision) + ctx.say("版）", ")")
                    : std::string(ctx.say("版（首次收到）", " (first received)")))
            << "\n"
            << ctx.say("  活动 ", "  campaign ") << v.label.campaign
            << ctx.say("，封包时间 ", ", sealed ") << v.label.sealed << "\n"
            << "  SHA-256 " << app::groupInFours(v.sha256) << "\n";
}

int verify(CliContext& ctx) {
    const Arguments args(ctx.words, {{"--passphrase-file"}, {"--json"}});
    const std::string& path = args.positional(0, "OFFICE_VAULT");
    const std::string& bundle = args.positional(1, "BUNDLE（.bsx 文件）");
    args.requirePositionals(2);
    auto opened = openVaultFor(path, args, ctx, app::Access::ReadOnly);
    const auto verified = app::verifyBundle(opened.vault, bundle);
    if (args.flag("--json")) {
        ctx.out << verifiedJson(verified).dump() << "\n";
    } else {
        printVerified(verified, ctx);
        // Only the unit key vouches for the label; open compares it with what the
        // reviewer signed (submission_label_mismatch).
        ctx.out << ctx.say(
            "  单位、活动和版本是单位签名所称；与审查员签署内容的核对在 office open "
            "时进行\n",
            "  unit, campaign and revision are as the unit key signed them; open "
            "checks them against what the reviewer signed\n");
    }
    return 0;
}

int open(CliContext& ctx) {
    const Arguments args(ctx.words, {{"--out", "--passphrase-file"}, {"--json"}});
    const std::string& path = args.positional(0, "OFFICE_VAULT");
    const std::string& bundle = args.positional(1, "BUNDLE（.bsx 文件）");
    args.requirePositionals(2);
    const auto outOption = args.value("--out");
    if (!outOption) {
        throw usageError("请用 --out DIR 指定解出报送包的文件夹");
    }
    const std::string& out = *outOption;
    auto opened = openVaultFor(path, args, ctx, app::Access::Change);
    const auto result = app::openBundle(opened.vault, bundle, out, clerk());
    const std::size_t errors = result.report.errorCount();
    if (args.flag("--json")) {
        json doc = verifiedJson(result.verified);
        doc["folder"] = result.folder;
        doc["findings"] = policy::toJson(result.report.findings);
        doc["notices"] = result.notices;
        ctx.out << doc.dump() << "\n";
    } else {
        printVerified(result.verified, ctx);
        ctx.out << ctx.say("✓ 解密成功，清单与内层签名（单位、保密审查员）均有效\n",
                           "✓ decrypted; manifests and inner signatures (unit, reviewer) hold\n");
        for (const std::string& n : result.notices) {
            ctx.out << ctx.say("注意：", "notice: ") << n << "\n";
        }
        for (const auto& f : result.report.findings) {
            ctx.out << (f.severity == policy::Severity::Error ? ctx.say("  错误 ", "  error ")
                                                              : ctx.say("  提示 ", "  warning "))
                    << f.code << "  " << f.message << "\n";
        }
        ctx.out << ctx.say("已解出到 ", "unpacked to ") << result.folder << "\n"
                << (errors == 0 ? ctx.say("政策复核通过。\n", "policy re-check passed.\n")
                                : ctx.say("政策复核发现错误（见上）。\n",
                                          "the policy re-check found errors (above).\n"));
    }
    return errors == 0 ? 0 : 1;
}

int grant(CliContext& ctx) {
    const Arguments args(
        ctx.words,
        {{"--unit", "--max", "--reason", "--out", "--campaign", "--passphrase-file"}, {"--json"}});
    const std::string& path = args.positional(0, "OFFICE_VAULT");
    args.requirePositionals(1);
    app::QuotaGrant g;
    g.unit = args.value("--unit").value_or("");
    g.reason = args.value("--reason").value_or("");
    // cli.md names no campaign: the one built-in rule set's campaign, unless given.
    const auto& builtIn = policy::builtInRuleSets();
    g.campaign = args.value("--campaign")
                     .value_or(builtIn.size() == 1 ? builtIn.begin()->first : std::string());
    if (g.campaign.empty()) {
        throw usageError("请用 --campaign ID 指定活动");
    }
    const std::string max = args.value("--max").value_or("");
    const auto [end, ec] = std::from_chars(max.data(), max.data() + max.size(), g.max);
    if (ec != std::errc() || end != max.data() + max.size() || g.unit.empty() ||
        !args.value("--out")) {
        throw usageError("需要 --unit ID --max N --reason 理由 --out FILE（N 为正整数）");
    }
    auto opened = openVaultFor(path, args, ctx, app::Access::Change);
    const std::string file = app::writeQuotaGrant(opened.vault, g, *args.value("--out"), clerk());
    if (args.flag("--json")) {
        ctx.out << json{{"file", file}, {"signature", file + ".minisig"}}.dump() << "\n";
        return 0;
    }
    ctx.out << ctx.say("已签发额度授权 ", "wrote quota grant ") << file << ctx.say(" 及 ", " and ")
            << file << ".minisig\n";
    return 0;
}

int summary(CliContext& ctx) {
    const Arguments args(ctx.words, {{"--out", "--passphrase-file"}, {"--json"}});
    const std::string& path = args.positional(0, "OFFICE_VAULT");
    args.requirePositionals(1);
    const auto out = args.value("--out");
    if (!out) {
        throw usageError("请用 --out FILE.xlsx 或 FILE.docx 指定汇总表文件");
    }
    auto opened = openVaultFor(path, args, ctx, app::Access::Change);
    const auto written = app::writeOfficeSummary(opened.vault, *out, clerk());
    if (args.flag("--json")) {
        ctx.out << json{{"file", written.path},
                        {"units", written.units},
                        {"candidates", written.candidates},
                        {"units_with_policy_errors", written.unitsWithPolicyErrors}}
                       .dump()
                << "\n";
        return 0;
    }
    ctx.out << ctx.say("已写出汇总表 ", "wrote the summary ") << written.path << ctx.say("：", ": ")
            << written.units << ctx.say(" 个单位，", " units, ") << written.candidates
            << ctx.say(" 名候选人\n", " candidates\n");
    return 0;
}
}  // namespace

int runOfficeCommand(const std::string& subverb, CliContext& ctx) {
    static const std::map<std::string, int (*)(CliContext&)> verbs = {
        {"init", init}, {"keys", keys},   {"enrol", enrol},    {"verify", verify},
        {"open", open}, {"grant", grant}, {"summary", summary}};
    const auto it = verbs.find(subverb);
    if (it == verbs.end()) {
        throw usageError("未知的 office 子命令“" + subverb + "”");
    }
    return it->second(ctx);
}

}  // namespace baosong::cli
