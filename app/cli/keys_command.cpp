// `baosong keys VAULT show|enrolment` (spec/cli.md).

#include <nlohmann/json.hpp>

#include "cli_context.h"
#include "core/actor.h"
#include "core/grant_import.h"
#include "core/key_report.h"
#include "core/office_key_import.h"
#include "core/signed_rules.h"
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
                        {"profile", report.profile},
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
    ctx.out << ctx.say(
                   app::Text("cli_unit").with("name", report.unitName).with("id", report.unitId))
            << "\n";
    printKeyFingerprint(ctx, "key_unit_signing", report.unit.key);
    printKeyFingerprint(ctx, "key_reviewer", report.reviewer.key);
    ctx.out << ctx.say("cli_office_keys");
    if (report.office) {
        ctx.out << "\n";
        printOfficeKeys(ctx, report.office->profile, report.office->recipient,
                        report.office->grantKey);
    } else {
        ctx.out << ctx.say("cli_office_keys_missing") << "\n";
    }
    return 0;
}

int enrolment(app::Vault& vault, const Arguments& args, CliContext& ctx) {
    const std::string& out = args.positional(2, "arg_enrolment_out");
    args.requirePositionals(3);
    const std::string written = app::writeEnrolment(vault, out, app::actorFor("officer"));
    const app::KeyReport report = app::keyReport(vault);
    const std::string page = written.substr(0, written.size() - 5) + ".pdf";
    ctx.out << ctx.say(app::Text("cli_enrolment_written").with("file", written).with("page", page))
            << "\n";
    printKeyFingerprint(ctx, "key_unit_signing", report.unit.key);
    printKeyFingerprint(ctx, "key_reviewer", report.reviewer.key);
    return 0;
}
int importOffice(app::Vault& vault, const Arguments& args, CliContext& ctx) {
    const std::string& dir = args.positional(2, "arg_office_keys_dir");
    args.requirePositionals(3);
    const auto imported = app::importOfficeKeys(vault, dir, app::actorFor("officer"));
    if (args.flag("--json")) {
        ctx.out << json{{"profile", imported.profile},
                        {"recipient", imported.recipient},
                        {"grant_key", imported.grantKey.fingerprint},
                        {"grant_key_id", imported.grantKey.keyId}}
                       .dump()
                << "\n";
        return 0;
    }
    ctx.out << ctx.say("cli_office_keys_imported") << "\n";
    printOfficeKeys(ctx, imported.profile, imported.recipient, imported.grantKey);
    return 0;
}
// A quota grant from the office into the submission, checked against the office key.
int importGrant(app::Vault& vault, const Arguments& args, CliContext& ctx) {
    const std::string& file = args.positional(2, "arg_grant_file");
    args.requirePositionals(3);
    const app::PlacedGrant placed = app::importQuotaGrant(vault, file, app::actorFor("officer"));
    if (args.flag("--json")) {
        ctx.out << json{{"path", placed.path},
                        {"campaign", placed.grant.campaign},
                        {"max", placed.grant.max},
                        {"reason", placed.grant.reason}}
                       .dump()
                << "\n";
        return 0;
    }
    ctx.out << ctx.say(app::Text("cli_grant_imported")
                           .with("campaign", placed.grant.campaign)
                           .with("max", std::to_string(placed.grant.max))
                           .with("reason", placed.grant.reason))
            << "\n";
    return 0;
}
// A rule-set update the office signed, checked against the office key.
int importRules(app::Vault& vault, const Arguments& args, CliContext& ctx) {
    const std::string& file = args.positional(2, "arg_rules_file");
    args.requirePositionals(3);
    const policy::RuleSet rules = app::importSignedRuleSet(vault, file, app::actorFor("officer"));
    if (args.flag("--json")) {
        ctx.out << json{{"campaign", rules.campaign}, {"deadline", rules.deadline}}.dump() << "\n";
        return 0;
    }
    ctx.out << ctx.say(app::Text("cli_rules_imported")
                           .with("campaign", rules.campaign)
                           .with("deadline", rules.deadline))
            << "\n";
    return 0;
}
}  // namespace

int runKeysCommand(CliContext& ctx) {
    const Arguments args(ctx.words, {{"--passphrase-file"}, {"--json"}});
    const std::string& path = args.positional(0, "arg_vault");
    const std::string& subverb = args.positional(1, "arg_keys_subverb");
    if (subverb != "show" && subverb != "enrolment" && subverb != "import-office" &&
        subverb != "import-grant" && subverb != "import-rules") {
        throw usageError(
            app::Text("usage_subverb_unknown").with("verb", "keys").with("subverb", subverb));
    }
    if (subverb == "show") {
        args.requirePositionals(2);
    }
    // cli.md: enrolment prints for the clerk, not for a program; refused rather than ignored.
    if (subverb == "enrolment" && args.flag("--json")) {
        throw usageError(app::Text("usage_enrolment_json"));
    }
    auto opened = openVaultFor(path, args, ctx,
                               subverb == "show" ? app::Access::ReadOnly : app::Access::Change);
    if (subverb == "import-office") {
        return importOffice(opened.vault, args, ctx);
    }
    if (subverb == "import-grant") {
        return importGrant(opened.vault, args, ctx);
    }
    if (subverb == "import-rules") {
        return importRules(opened.vault, args, ctx);
    }
    return subverb == "show" ? show(opened.vault, args, ctx) : enrolment(opened.vault, args, ctx);
}

}  // namespace baosong::cli
