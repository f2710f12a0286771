// `baosong vault init|import|export-json|passwd|audit|lexicon|stamped` (spec/cli.md).

#include <nlohmann/json.hpp>

#include <iomanip>

#include "base/shown_time.h"
#include "candidate_number.h"
#include "cli_context.h"
#include "core/actor.h"
#include "core/content_scan.h"
#include "core/key_report.h"
#include "core/passphrase_rules.h"
#include "core/reviewer_name.h"
#include "core/stamped_scan.h"
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
    request.path = args.positional(0, "arg_vault");
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
    app::requireAcceptableNewPassphrase(vaultPassphrase, "passphrase_vault");
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
    ctx.out << ctx.say(app::Text("cli_vault_created").with("path", request.path)) << "\n  "
            << ctx.say(app::Text("cli_unit").with("name", keys.unitName).with("id", keys.unitId))
            << "\n";
    printKeyFingerprint(ctx, "key_unit_signing", keys.unit.key);
    printKeyFingerprint(ctx, "key_reviewer", keys.reviewer.key);
    ctx.out << ctx.say(app::Text("cli_vault_next").with("path", request.path)) << "\n";
    return 0;
}

int importCommand(CliContext& ctx) {
    const Arguments args(ctx.words, {{"--passphrase-file"}, {"--json"}});
    const std::string& path = args.positional(0, "arg_vault");
    const std::string& source = args.positional(1, "arg_submission");
    args.requirePositionals(2);
    auto opened = openVaultFor(path, args, ctx, app::Access::Change);
    const bool showProgress = ctx.terminal && !args.flag("--json");
    // Reading a file's words (OCR above all) is the slow part: say which file and page.
    // Ctrl-C stops the import inside its transaction, so nothing of it is kept.
    app::ImportReading reading;
    reading.step = [&](const std::string& file, int page, int pages) {
        if (showProgress) {
            ctx.progress << "\r"
                         << ctx.say(app::Text("cli_reading_words")
                                        .with("file", file)
                                        .with("page", std::to_string(page))
                                        .with("pages", std::to_string(pages)))
                         << "\x1b[K" << std::flush;
        }
    };
    const auto summary = app::importSubmission(
        opened.vault, source, app::actorFor("officer"),
        [&](std::uint64_t done, std::uint64_t total) {
            if (showProgress && total > 0) {
                ctx.progress << "\r"
                             << ctx.say(app::Text("cli_importing")
                                            .with("percent", std::to_string(done * 100 / total)))
                             << "\x1b[K" << std::flush;
            }
        },
        reading);
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
    ctx.out << ctx.say(app::Text("cli_imported")
                           .with("candidates", std::to_string(summary.candidates))
                           .with("files", std::to_string(summary.files))
                           .with("size", megabytes(summary.bytes))
                           .with("path", path))
            << "\n";
    if (summary.gpsRemoved > 0) {
        ctx.out << ctx.say(app::Text("cli_gps_removed")
                               .with("photos", std::to_string(summary.gpsRemoved)))
                << "\n";
    }
    return 0;
}

// The unit's own lexicon: its words go into the encrypted vault and nowhere else.
int lexiconCommand(CliContext& ctx) {
    const Arguments args(ctx.words, {{"--passphrase-file"}, {}});
    const std::string& path = args.positional(0, "arg_vault");
    const std::string& file = args.positional(1, "arg_lexicon");
    args.requirePositionals(2);
    auto opened = openVaultFor(path, args, ctx, app::Access::Change);
    const std::size_t count =
        app::replaceVaultLexicon(opened.vault, file, app::actorFor("officer"));
    ctx.out << ctx.say(app::Text("cli_lexicon_replaced").with("count", std::to_string(count)))
            << "\n";
    return 0;
}

// A stamped scan (盖章版) into the vault, named by the document it is a copy of.
int stampedCommand(CliContext& ctx) {
    const Arguments args(ctx.words,
                         {{"--passphrase-file", "--form"}, {"--summary", "--report", "--json"}});
    const std::string& path = args.positional(0, "arg_vault");
    const std::string& file = args.positional(1, "arg_stamped");
    args.requirePositionals(2);
    const auto form = args.value("--form");
    const int chosen =
        (form ? 1 : 0) + (args.flag("--summary") ? 1 : 0) + (args.flag("--report") ? 1 : 0);
    if (chosen != 1) {
        throw usageError(app::Text("usage_stamped_target"));
    }
    app::StampedTarget target;
    if (form) {
        target = {app::StampedTarget::Document::Form, candidateIndex("--form", *form)};
    } else if (args.flag("--summary")) {
        target.document = app::StampedTarget::Document::Summary;
    } else {
        target.document = app::StampedTarget::Document::Report;
    }
    auto opened = openVaultFor(path, args, ctx, app::Access::Change);
    const app::StampedImported imported =
        app::importStampedScan(opened.vault, target, file, app::actorFor("officer"));
    if (args.flag("--json")) {
        ctx.out << json{{"path", imported.path}, {"bytes", imported.bytes}}.dump() << "\n";
        return 0;
    }
    ctx.out << ctx.say(app::Text("cli_stamped_imported")
                           .with("path", imported.path)
                           .with("size", megabytes(imported.bytes)))
            << "\n";
    return 0;
}

int exportJson(CliContext& ctx) {
    const Arguments args(ctx.words, {{"--passphrase-file"}, {"--json"}});
    const std::string& path = args.positional(0, "arg_vault");
    const std::string& dir = args.positional(1, "arg_export_dir");
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
    ctx.out << ctx.say(app::Text("cli_exported")
                           .with("path", dir + "/submission.json")
                           .with("candidates", std::to_string(summary.candidates))
                           .with("files", std::to_string(summary.files)))
            << "\n";
    return 0;
}

int passwd(CliContext& ctx) {
    OptionSpec spec{{"--passphrase-file", "--new-passphrase-file"}, {}};
    spec.withValue.insert(kKdfOptions.begin(), kKdfOptions.end());
    const Arguments args(ctx.words, spec);
    const std::string& path = args.positional(0, "arg_vault");
    args.requirePositionals(1);
    kdfParamsFrom(args);  // a bad option is refused before any passphrase is asked
    auto opened = openVaultFor(path, args, ctx, app::Access::Change);
    const auto params = kdfParamsFrom(args, opened.vault.kdfParams());
    const auto newPassphrase = readPassphrase(args, kNewVaultPassphrase, true);
    app::requireAcceptableNewPassphrase(newPassphrase, "passphrase_new_vault");
    const std::string actor = app::actorFor("officer");
    app::changeVaultPassphrase(opened.vault, newPassphrase, params, actor);
    ctx.out << ctx.say(app::Text("cli_passphrase_changed").with("path", path)) << "\n";
    return 0;
}

int audit(CliContext& ctx) {
    const Arguments args(ctx.words, {{"--passphrase-file"}, {"--json"}});
    const std::string& path = args.positional(0, "arg_vault");
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
        ctx.out << json{{"intact", check.intact},
                        {"problem", check.problem ? check.problem->chinese() : std::string()},
                        {"entries", list}}
                       .dump()
                << "\n";
    } else {
        for (const auto& e : entries) {
            ctx.out << std::setw(4) << e.seq << "  " << app::localTime(e.at) << "  " << e.actor
                    << "  " << e.action << "  " << e.detail << "\n";
        }
        if (check.intact) {
            ctx.out << ctx.say(app::Text("cli_audit_intact")
                                   .with("entries", std::to_string(check.entries)))
                    << "\n";
        } else {
            ctx.out << ctx.say(
                           app::Text("cli_audit_altered")
                               .with("problem", check.problem.value_or(app::Text("audit_unknown"))))
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
    if (subverb == "stamped") {
        return stampedCommand(ctx);
    }
    throw usageError(
        app::Text("usage_subverb_unknown").with("verb", "vault").with("subverb", subverb));
}

}  // namespace baosong::cli
