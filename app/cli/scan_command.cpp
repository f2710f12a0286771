// `baosong scan [--json] [--lexicon FILE]... TEXTFILE|SUBMISSION.json|VAULT` (scanner.md).

#include <nlohmann/json.hpp>

#include "cli_context.h"
#include "core/content_scan.h"
#include "core/submission_edit.h"
#include "flag_output.h"
#include "vault_opening.h"

namespace baosong::cli {

int runScanCommand(CliContext& ctx) {
    OptionSpec spec{{"--passphrase-file"}, {"--json"}, {"--lexicon"}};
    const Arguments args(ctx.words, spec);
    const std::string& input = args.positional(0, "arg_scan_input");
    args.requirePositionals(1);
    std::vector<policy::LexiconTerm> lexicon;
    for (const std::string& file : args.values("--lexicon")) {
        const auto terms = app::readLexiconFile(file);
        lexicon.insert(lexicon.end(), terms.begin(), terms.end());
    }
    app::InputScan scan;
    if (app::isVaultFile(input)) {
        auto opened = openVaultFor(input, args, ctx, app::Access::ReadOnly);
        scan = {app::scanVault(opened.vault, lexicon), app::loadOrStartSubmission(opened.vault)};
    } else {
        scan = app::scanInputFile(input, lexicon);
    }
    const std::vector<policy::ScanFlag>& flags = scan.flags;
    if (args.flag("--json")) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const auto& flag : flags) {
            list.push_back(flagJson(flag));
        }
        ctx.out << nlohmann::ordered_json{{"flags", list}}.dump(2) << "\n";
    } else {
        for (const auto& flag : flags) {
            printFlag(flag, scan.submission, ctx);
        }
        printFlagSummary(flags, ctx);
    }
    return flags.empty() ? 0 : 1;
}

}  // namespace baosong::cli
