// `baosong check [--json] [--rules FILE] SUBMISSION.json|VAULT` (spec/cli.md, policy.md).

#include <nlohmann/json.hpp>

#include "base/app_error.h"
#include "cli_context.h"
#include "core/submission_check.h"
#include "core/vault_session.h"
#include "policy/finding_json.h"
#include "vault_opening.h"

namespace baosong::cli {

namespace {
using nlohmann::ordered_json;
using policy::Severity;

void printJson(const policy::CheckReport& report, CliContext& ctx) {
    ctx.out << policy::toJson(report).dump(2) << "\n";
}

void printHuman(const policy::CheckReport& report, CliContext& ctx) {
    ctx.out << ctx.say("检查规则：", "rules: ") << report.rules << "\n";
    std::optional<std::size_t> group = std::size_t{999999};
    int errors = 0, warnings = 0;
    for (const auto& f : report.findings) {
        if (f.candidate != group) {
            group = f.candidate;
            if (group) {
                ctx.out << ctx.say("候选人第 ", "candidate ") << *group + 1
                        << ctx.say(" 名：\n", ":\n");
            } else {
                ctx.out << ctx.say("报送整体：\n", "submission:\n");
            }
        }
        const bool error = f.severity == Severity::Error;
        (error ? errors : warnings) += 1;
        ctx.out << "  " << (error ? ctx.say("✗ 错误", "x error") : ctx.say("! 警告", "! warning"))
                << " [" << f.code << "] " << f.message << "\n";
    }
    if (report.findings.empty()) {
        ctx.out << ctx.say("未发现问题。\n", "no findings.\n");
    } else {
        ctx.out << ctx.say("结果：", "result: ") << errors << ctx.say(" 个错误，", " errors, ")
                << warnings << ctx.say(" 个警告", " warnings")
                << (errors > 0
                        ? ctx.say("；改正错误后才能报送。\n", "; fix the errors before sealing.\n")
                        : ctx.say("。\n", ".\n"));
    }
}
}  // namespace

int runCheckCommand(CliContext& ctx) {
    const Arguments args(ctx.words, {{"--rules", "--passphrase-file"}, {"--json"}});
    const std::string& input = args.positional(0, "SUBMISSION.json 或 VAULT");
    args.requirePositionals(1);
    const auto rules = args.value("--rules");
    policy::CheckReport report;
    if (app::isVaultFile(input)) {
        auto opened = openVaultFor(input, args, ctx, app::Access::ReadOnly);
        report = app::checkVaultSubmission(opened.vault, {rules});
    } else {
        report = app::checkSubmissionFile(input, {rules});
    }
    if (args.flag("--json")) {
        printJson(report, ctx);
    } else {
        printHuman(report, ctx);
    }
    return report.ok() ? 0 : 1;
}

}  // namespace baosong::cli
