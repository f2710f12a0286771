// `baosong check [--json] [--rules FILE] SUBMISSION.json|VAULT` (spec/cli.md, policy.md).

#include <nlohmann/json.hpp>

#include "base/app_error.h"
#include "cli_context.h"
#include "core/signed_rules.h"
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
    ctx.out << ctx.say(app::Text("cli_check_rules").with("rules", report.rules)) << "\n";
    std::optional<std::size_t> group = std::size_t{999999};
    int errors = 0, warnings = 0;
    for (const auto& f : report.findings) {
        if (f.candidate != group) {
            group = f.candidate;
            if (group) {
                const std::string name = *group < report.candidateNames.size()
                                             ? report.candidateNames[*group]
                                             : std::string();
                ctx.out << ctx.say(name.empty() ? app::Text("cli_check_candidate")
                                                      .with("number", std::to_string(*group + 1))
                                                : app::Text("cli_check_candidate_named")
                                                      .with("name", name)
                                                      .with("number", std::to_string(*group + 1)))
                        << "\n";
            } else {
                ctx.out << ctx.say("cli_check_whole") << "\n";
            }
        }
        const bool error = f.severity == Severity::Error;
        (error ? errors : warnings) += 1;
        ctx.out << "  " << ctx.say(error ? "cli_finding_error" : "cli_finding_warning") << " ["
                << f.code << "] " << ctx.saidIn(f) << "\n";
    }
    if (report.findings.empty()) {
        ctx.out << ctx.say("cli_check_clean") << "\n";
    } else {
        ctx.out << ctx.say(app::Text(errors > 0 ? "cli_check_result_errors" : "cli_check_result")
                               .with("errors", std::to_string(errors))
                               .with("warnings", std::to_string(warnings)))
                << "\n";
    }
}
}  // namespace

int runCheckCommand(CliContext& ctx) {
    const Arguments args(ctx.words,
                         {{"--rules", "--passphrase-file"}, {"--json", "--allow-unsigned-rules"}});
    const std::string& input = args.positional(0, "arg_submission_or_vault");
    args.requirePositionals(1);
    app::CheckOptions options;
    options.rulesFile = args.value("--rules");
    options.allowUnsignedRules = args.flag("--allow-unsigned-rules");
    policy::CheckReport report;
    bool unsigned_ = options.rulesFile.has_value();
    if (app::isVaultFile(input)) {
        auto opened = openVaultFor(input, args, ctx, app::Access::ReadOnly);
        unsigned_ = unsigned_ && !app::ruleSetSignedForVault(opened.vault, *options.rulesFile);
        report = app::checkVaultSubmission(opened.vault, options);
    } else {
        report = app::checkSubmissionFile(input, options);
    }
    // Said on standard error, so --json stays one document and nobody misses it.
    if (unsigned_) {
        ctx.err << ctx.say(app::Text("rules_unsigned_notice").with("path", *options.rulesFile))
                << "\n";
    }
    if (args.flag("--json")) {
        printJson(report, ctx);
    } else {
        printHuman(report, ctx);
    }
    return report.ok() ? 0 : 1;
}

}  // namespace baosong::cli
