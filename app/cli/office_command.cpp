// `baosong office init|keys|enrol|verify|open|grant|summary` (cli.md): the receiving side,
// run by the office's clerk on the office's own vault.

#include <unistd.h>

#include <charconv>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "base/shown_time.h"
#include "campaign_option.h"
#include "cli_context.h"
#include "core/actor.h"
#include "core/key_report.h"
#include "core/office_admin.h"
#include "core/office_receive.h"
#include "core/office_summary.h"
#include "core/passphrase_rules.h"
#include "core/signed_rules.h"
#include "kdf_options.h"
#include "key_output.h"
#include "office_review_command.h"
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
    OptionSpec spec{{"--passphrase-file", "--profile"}, {"--json"}};
    spec.withValue.insert(kKdfOptions.begin(), kKdfOptions.end());
    const Arguments args(ctx.words, spec);
    const std::string& path = args.positional(0, "arg_office_vault");
    args.requirePositionals(1);
    // bundle-gm.md "Keys and fingerprints": the office's choice, 国密 unless it says intl
    // (an office under the 密码法 adopts the national algorithms).
    const auto profile = app::profileFromWord(args.value("--profile").value_or("gm"));
    if (!profile) {
        throw usageError(app::Text("usage_profile"));
    }
    const auto passphrase = readPassphrase(args, kVaultPassphrase, true);
    app::requireAcceptableNewPassphrase(passphrase, "passphrase_vault");
    app::Vault vault =
        app::initOfficeVault(path, passphrase, kdfParamsFrom(args), clerk(), *profile);
    const std::string recipient = app::officeRecipient(vault);
    if (args.flag("--json")) {
        ctx.out << json{{"vault", path},
                        {"profile", app::profileWord(*profile)},
                        {"recipient", recipient}}
                       .dump()
                << "\n";
        return 0;
    }
    ctx.out << ctx.say(app::Text(*profile == app::BundleProfile::Gm ? "cli_office_created_gm"
                                                                    : "cli_office_created")
                           .with("path", path)
                           .with("recipient", app::groupInFours(recipient)))
            << "\n";
    return 0;
}

int keys(CliContext& ctx) {
    const Arguments args(ctx.words, {{"--out", "--passphrase-file"}, {"--with-secret", "--json"}});
    const std::string& path = args.positional(0, "OFFICE_VAULT");
    args.requirePositionals(1);
    const auto out = args.value("--out");
    if (!out) {
        throw usageError(app::Text("usage_out_office_keys"));
    }
    auto opened = openVaultFor(path, args, ctx, app::Access::Change);
    const auto files =
        app::writeOfficeKeys(opened.vault, *out, args.flag("--with-secret"), clerk());
    if (args.flag("--json")) {
        ctx.out << json{{"profile", app::profileWord(files.profile)},
                        {"recipient", files.recipient},
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
    ctx.out << ctx.say("cli_office_keys_sheet") << "\n";
    printOfficeKeys(ctx, app::profileWord(files.profile), files.recipient, files.grantKey);
    ctx.out << ctx.say(app::Text("cli_wrote")
                           .with("files",
                                 files.recipientPath + ", " + files.grantKeyPath + ", " +
                                     files.sheetPath +
                                     (files.identityPath.empty() ? "" : ", " + files.identityPath)))
            << "\n";
    if (!files.identityPath.empty()) {
        ctx.out << ctx.say(app::Text("cli_office_secret_key")
                               .with("file",
                                     std::filesystem::path(files.identityPath).filename().string()))
                << "\n";
    }
    return 0;
}

bool confirmedOnTerminal(CliContext& ctx) {
    if (!::isatty(STDIN_FILENO)) {
        return false;
    }
    ctx.err << ctx.say("cli_enrol_confirm");
    std::string answer;
    std::getline(std::cin, answer);
    return answer == "yes" || answer == "是";
}

int enrol(CliContext& ctx) {
    const Arguments args(ctx.words,
                         {{"--passphrase-file", "--unit-fingerprint", "--reviewer-fingerprint"},
                          {"--yes", "--json"}});
    const std::string& path = args.positional(0, "OFFICE_VAULT");
    const std::string& file = args.positional(1, "arg_enrolment");
    args.requirePositionals(2);
    const auto typedUnit = args.value("--unit-fingerprint");
    const auto typedReviewer = args.value("--reviewer-fingerprint");
    if (typedUnit.has_value() != typedReviewer.has_value()) {
        throw usageError(app::Text("usage_fingerprints_pair"));
    }
    const app::Enrolment enrolment = app::readEnrolmentFile(file);
    const app::EnrolmentFingerprints keys = app::enrolmentFingerprints(enrolment);
    auto opened = openVaultFor(path, args, ctx, app::Access::Change);
    if (!args.flag("--json")) {
        ctx.out << ctx.say(app::Text("cli_unit")
                               .with("name", enrolment.unitName)
                               .with("id", enrolment.unitId))
                << "\n";
        printKeyFingerprint(ctx, "key_unit_signing", keys.signing);
        printKeyFingerprint(ctx, "key_reviewer", keys.reviewer);
    }
    if (typedUnit) {
        // The clerk typed both fingerprints from the stamped paper: baosong compares them.
        app::requirePaperFingerprints(keys, *typedUnit, *typedReviewer);
    } else if (!args.flag("--yes") && !confirmedOnTerminal(ctx)) {
        throw app::AppError(app::ErrorKind::BadInput, "enrolment_unconfirmed",
                            app::Text("enrolment_unconfirmed"));
    }
    app::enrolUnit(opened.vault, enrolment, clerk());
    if (args.flag("--json")) {
        ctx.out << json{{"unit", enrolment.unitId},
                        {"profile", enrolment.profile},
                        {"signing_key", keys.signing.fingerprint},
                        {"reviewer_key", keys.reviewer.fingerprint}}
                       .dump()
                << "\n";
        return 0;
    }
    ctx.out << ctx.say(app::Text("cli_enrolled").with("unit", enrolment.unitId)) << "\n";
    return 0;
}

json verifiedJson(const app::VerifiedBundle& v) {
    return {{"profile", v.profile},
            {"unit", v.label.unitId},
            {"unit_name", v.unitName},
            {"campaign", v.label.campaign},
            {"revision", v.label.revision},
            {"sealed", v.label.sealed},
            {"sha256", v.sha256},
            {"size", v.size},
            {"previous_revision", v.previousRevision ? json(*v.previousRevision) : json()}};
}

void printVerified(const app::VerifiedBundle& v, CliContext& ctx) {
    const std::string revision = std::to_string(v.label.revision);
    ctx.out
        << ctx.say(
               app::Text("cli_verified_signer").with("name", v.unitName).with("id", v.label.unitId))
        << "\n"
        << ctx.say("cli_verified_recipient") << "\n"
        << ctx.say(v.previousRevision
                       ? app::Text("cli_verified_revision_after")
                             .with("revision", revision)
                             .with("previous", std::to_string(*v.previousRevision))
                       : app::Text("cli_verified_revision_first").with("revision", revision))
        << "\n"
        << ctx.say(app::Text("cli_verified_label")
                       .with("campaign", v.label.campaign)
                       .with("sealed", app::localTime(v.label.sealed)))
        << "\n"
        << "  SHA-256 " << app::groupInFours(v.sha256) << "\n";
}

int verify(CliContext& ctx) {
    const Arguments args(ctx.words, {{"--passphrase-file"}, {"--json"}});
    const std::string& path = args.positional(0, "OFFICE_VAULT");
    const std::string& bundle = args.positional(1, "arg_bundle");
    args.requirePositionals(2);
    auto opened = openVaultFor(path, args, ctx, app::Access::ReadOnly);
    const auto verified = app::verifyBundle(opened.vault, bundle);
    if (args.flag("--json")) {
        ctx.out << verifiedJson(verified).dump() << "\n";
    } else {
        printVerified(verified, ctx);
        // Only the unit key vouches for the label; open compares it with what the
        // reviewer signed (submission_label_mismatch).
        ctx.out << ctx.say("cli_verified_claims") << "\n";
    }
    return 0;
}

int open(CliContext& ctx) {
    const Arguments args(ctx.words, {{"--out", "--passphrase-file"}, {"--json"}});
    const std::string& path = args.positional(0, "OFFICE_VAULT");
    const std::string& bundle = args.positional(1, "arg_bundle");
    args.requirePositionals(2);
    const auto outOption = args.value("--out");
    if (!outOption) {
        throw usageError(app::Text("usage_out_open"));
    }
    const std::string& out = *outOption;
    auto opened = openVaultFor(path, args, ctx, app::Access::Change);
    const auto result = app::openBundle(opened.vault, bundle, out, clerk());
    const std::size_t errors = result.report.errorCount();
    if (args.flag("--json")) {
        json doc = verifiedJson(result.verified);
        doc["folder"] = result.folder;
        doc["findings"] = policy::toJson(result.report.findings);
        json notices = json::array();
        for (const app::Text& n : result.notices) {
            notices.push_back(n.chinese());  // cli.md: the JSON's sentences are Chinese
        }
        doc["notices"] = notices;
        ctx.out << doc.dump() << "\n";
    } else {
        printVerified(result.verified, ctx);
        ctx.out << ctx.say("cli_opened") << "\n";
        for (const app::Text& n : result.notices) {
            ctx.out << ctx.say(app::Text("cli_notice").with("notice", n)) << "\n";
        }
        for (const auto& f : result.report.findings) {
            ctx.out << "  "
                    << ctx.say(f.severity == policy::Severity::Error ? "cli_recheck_error"
                                                                     : "cli_recheck_warning")
                    << " " << f.code << "  " << ctx.saidIn(f) << "\n";
        }
        ctx.out << ctx.say(app::Text("cli_unpacked").with("folder", result.folder)) << "\n"
                << ctx.say(errors == 0 ? "cli_recheck_passed" : "cli_recheck_failed") << "\n";
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
    g.campaign = campaignFrom(args);
    const std::string max = args.value("--max").value_or("");
    const auto [end, ec] = std::from_chars(max.data(), max.data() + max.size(), g.max);
    if (ec != std::errc() || end != max.data() + max.size() || g.unit.empty() ||
        !args.value("--out")) {
        throw usageError(app::Text("usage_grant"));
    }
    auto opened = openVaultFor(path, args, ctx, app::Access::Change);
    const std::string file = app::writeQuotaGrant(opened.vault, g, *args.value("--out"), clerk());
    const std::string signature =
        file + std::string(app::signatureSuffix(app::officeProfile(opened.vault)));
    if (args.flag("--json")) {
        ctx.out << json{{"file", file}, {"signature", signature}}.dump() << "\n";
        return 0;
    }
    ctx.out << ctx.say(
                   app::Text("cli_grant_written").with("file", file).with("signature", signature))
            << "\n";
    return 0;
}

// A rule-set update for the units, signed with the office's grant key.
int rules(CliContext& ctx) {
    const Arguments args(ctx.words, {{"--out", "--passphrase-file"}, {"--json"}});
    const std::string& path = args.positional(0, "arg_office_vault");
    const std::string& file = args.positional(1, "arg_rules_file");
    args.requirePositionals(2);
    const auto out = args.value("--out");
    if (!out) {
        throw usageError(app::Text("usage_out_rules"));
    }
    auto opened = openVaultFor(path, args, ctx, app::Access::Change);
    const std::string written = app::signRuleSet(opened.vault, file, *out, clerk());
    const std::string signature =
        written + std::string(app::signatureSuffix(app::officeProfile(opened.vault)));
    if (args.flag("--json")) {
        ctx.out << json{{"file", written}, {"signature", signature}}.dump() << "\n";
        return 0;
    }
    ctx.out << ctx.say(
                   app::Text("cli_rules_signed").with("file", written).with("signature", signature))
            << "\n";
    return 0;
}

int summary(CliContext& ctx) {
    const Arguments args(ctx.words, {{"--out", "--passphrase-file"}, {"--json"}});
    const std::string& path = args.positional(0, "OFFICE_VAULT");
    args.requirePositionals(1);
    const auto out = args.value("--out");
    if (!out) {
        throw usageError(app::Text("usage_out_summary"));
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
    ctx.out << ctx.say(app::Text("cli_summary_written")
                           .with("path", written.path)
                           .with("units", std::to_string(written.units))
                           .with("candidates", std::to_string(written.candidates)))
            << "\n";
    return 0;
}
}  // namespace

int runOfficeCommand(const std::string& subverb, CliContext& ctx) {
    static const std::map<std::string, int (*)(CliContext&)> verbs = {
        {"init", init},
        {"keys", keys},
        {"enrol", enrol},
        {"verify", verify},
        {"open", open},
        {"grant", grant},
        {"summary", summary},
        {"rules", rules},
        {"candidates", officeCandidates},
        {"opinion", officeOpinion},
        {"decide", officeDecide},
        {"export", officeExport},
        {"set-check", officeSetCheck}};
    const auto it = verbs.find(subverb);
    if (it == verbs.end()) {
        throw usageError(
            app::Text("usage_subverb_unknown").with("verb", "office").with("subverb", subverb));
    }
    return it->second(ctx);
}

}  // namespace baosong::cli
