#include "office_review_command.h"

#include <charconv>
#include <nlohmann/json.hpp>

#include "arguments.h"
#include "campaign_option.h"
#include "candidate_number.h"
#include "core/actor.h"
#include "core/office_export.h"
#include "core/office_review.h"
#include "usage_error.h"
#include "vault_opening.h"

namespace baosong::cli {

namespace {
using nlohmann::ordered_json;

std::string clerk() {
    return app::actorFor("clerk");
}

// --unit ID --candidate N [--campaign ID], as every verb about one candidate names it.
app::CandidateRef candidateFrom(const Arguments& args) {
    const auto unit = args.value("--unit");
    const auto number = args.value("--candidate");
    if (!unit || unit->empty() || !number) {
        throw usageError(app::Text("usage_office_candidate"));
    }
    app::CandidateRef ref{*unit, campaignFrom(args), candidateIndex("--candidate", *number) + 1};
    if (const auto revision = args.value("--revision")) {
        long long value = 0;
        const auto [end, ec] =
            std::from_chars(revision->data(), revision->data() + revision->size(), value);
        if (ec != std::errc() || end != revision->data() + revision->size() || value < 1) {
            throw usageError(app::Text("usage_revision_number").with("value", *revision));
        }
        ref.revision = value;
    }
    return ref;
}

app::Text decisionWords(const app::ReviewedCandidate& c) {
    if (c.decision == "forward") {
        return app::Text("cli_review_forward");
    }
    if (c.decision == "withhold") {
        return app::Text("cli_review_withhold").with("reason", c.reason);
    }
    return app::Text("cli_review_undecided");
}
}  // namespace

int officeCandidates(CliContext& ctx) {
    const Arguments args(ctx.words, {{"--passphrase-file"}, {"--json"}});
    const std::string& path = args.positional(0, "arg_office_vault");
    args.requirePositionals(1);
    auto opened = openVaultFor(path, args, ctx, app::Access::ReadOnly);
    const app::OfficeReview review = app::officeReview(opened.vault);
    if (args.flag("--json")) {
        // Sentences inside --json are Chinese whatever the language (cli.md).
        ordered_json candidates = ordered_json::array();
        for (const auto& c : review.candidates) {
            candidates.push_back({{"unit", c.unitId},
                                  {"unit_name", c.unitName},
                                  {"campaign", c.campaign},
                                  {"revision", c.revision},
                                  {"number", c.number},
                                  {"name", c.candidate.name},
                                  {"birth", c.candidate.birth},
                                  {"employer", c.candidate.employer},
                                  {"unit_policy_errors", c.unitPolicyErrors},
                                  {"opinion", c.opinion},
                                  {"decision", c.decision},
                                  {"reason", c.reason},
                                  {"decided_at", c.decidedAt}});
        }
        ordered_json warnings = ordered_json::array();
        for (const auto& w : review.warnings) {
            warnings.push_back({{"code", w.code},
                                {"unit", w.unitId},
                                {"message", w.sentence.in(app::Language::Chinese)}});
        }
        ctx.out << ordered_json{{"candidates", candidates}, {"warnings", warnings}}.dump() << "\n";
        return 0;
    }
    if (review.candidates.empty()) {
        ctx.out << ctx.say("cli_review_none") << "\n";
        return 0;
    }
    std::string unitShown;
    int forward = 0;
    int withheld = 0;
    for (const auto& c : review.candidates) {
        const std::string unitKey = c.campaign + "|" + c.unitId;
        if (unitKey != unitShown) {
            unitShown = unitKey;
            app::Text errors("cli_review_unit_errors");
            ctx.out << ctx.say(app::Text("cli_review_unit")
                                   .with("unit", c.unitName)
                                   .with("id", c.unitId)
                                   .with("campaign", c.campaign)
                                   .with("revision", std::to_string(c.revision))
                                   .with("errors",
                                         c.unitPolicyErrors == 0
                                             ? ""
                                             : ctx.say(errors.with(
                                                   "count", std::to_string(c.unitPolicyErrors)))))
                    << "\n";
        }
        forward += c.decision == "forward" ? 1 : 0;
        withheld += c.decision == "withhold" ? 1 : 0;
        ctx.out << "  "
                << ctx.say(app::Text("cli_review_candidate")
                               .with("number", std::to_string(c.number))
                               .with("name", c.candidate.name)
                               .with("birth", c.candidate.birth)
                               .with("opinion",
                                     app::Text(c.opinion.empty() ? "cli_review_opinion_missing"
                                                                 : "cli_review_opinion_written"))
                               .with("decision", decisionWords(c)))
                << "\n";
    }
    if (!review.warnings.empty()) {
        ctx.out << ctx.say("cli_review_warnings") << "\n";
        for (const auto& w : review.warnings) {
            ctx.out << "  - " << ctx.say(w.sentence) << "\n";
        }
    }
    const auto total = static_cast<int>(review.candidates.size());
    ctx.out << ctx.say(app::Text("cli_review_counts")
                           .with("candidates", std::to_string(total))
                           .with("forward", std::to_string(forward))
                           .with("withheld", std::to_string(withheld))
                           .with("open", std::to_string(total - forward - withheld)))
            << "\n";
    return 0;
}

int officeOpinion(CliContext& ctx) {
    const Arguments args(ctx.words, {{"--passphrase-file", "--unit", "--candidate", "--text",
                                      "--campaign", "--revision"},
                                     {"--json"}});
    const std::string& path = args.positional(0, "arg_office_vault");
    args.requirePositionals(1);
    const app::CandidateRef ref = candidateFrom(args);
    const auto text = args.value("--text");
    if (!text) {
        throw usageError(app::Text("usage_office_opinion"));
    }
    auto opened = openVaultFor(path, args, ctx, app::Access::Change);
    const long long revision = app::writeOfficeOpinion(opened.vault, ref, *text, clerk());
    if (args.flag("--json")) {
        ctx.out << ordered_json{{"unit", ref.unitId},
                                {"campaign", ref.campaign},
                                {"revision", revision},
                                {"number", ref.number}}
                       .dump()
                << "\n";
        return 0;
    }
    ctx.out << ctx.say(app::Text("cli_opinion_written")
                           .with("unit", ref.unitId)
                           .with("number", std::to_string(ref.number))
                           .with("revision", std::to_string(revision)))
            << "\n";
    return 0;
}

int officeDecide(CliContext& ctx) {
    const Arguments args(ctx.words, {{"--passphrase-file", "--unit", "--candidate", "--reason",
                                      "--campaign", "--revision"},
                                     {"--forward", "--withhold", "--json"}});
    const std::string& path = args.positional(0, "arg_office_vault");
    args.requirePositionals(1);
    const app::CandidateRef ref = candidateFrom(args);
    if (args.flag("--forward") == args.flag("--withhold")) {
        throw usageError(app::Text("usage_office_decide"));
    }
    const auto kind = args.flag("--forward") ? app::OfficeDecisionKind::Forward
                                             : app::OfficeDecisionKind::Withhold;
    auto opened = openVaultFor(path, args, ctx, app::Access::Change);
    const long long revision =
        app::decideCandidate(opened.vault, ref, kind, args.value("--reason").value_or(""), clerk());
    if (args.flag("--json")) {
        ctx.out << ordered_json{{"unit", ref.unitId},
                                {"campaign", ref.campaign},
                                {"revision", revision},
                                {"number", ref.number},
                                {"decision",
                                 kind == app::OfficeDecisionKind::Forward ? "forward" : "withhold"}}
                       .dump()
                << "\n";
        return 0;
    }
    ctx.out << ctx.say(app::Text(kind == app::OfficeDecisionKind::Forward ? "cli_decided_forward"
                                                                          : "cli_decided_withhold")
                           .with("unit", ref.unitId)
                           .with("number", std::to_string(ref.number)))
            << "\n";
    return 0;
}

int officeExport(CliContext& ctx) {
    const Arguments args(ctx.words, {{"--passphrase-file", "--out", "--campaign"}, {"--json"}});
    const std::string& path = args.positional(0, "arg_office_vault");
    args.requirePositionals(1);
    const auto out = args.value("--out");
    if (!out) {
        throw usageError(app::Text("usage_out_export"));
    }
    const std::string campaign = campaignFrom(args);
    auto opened = openVaultFor(path, args, ctx, app::Access::Record);
    const app::OfficeSetWritten set = app::exportOfficeSet(opened.vault, campaign, *out, clerk());
    if (args.flag("--json")) {
        ctx.out << ordered_json{{"folder", set.folder},
                                {"files", set.files},
                                {"forwarded", set.forwarded},
                                {"withheld", set.withheld}}
                       .dump()
                << "\n";
        return 0;
    }
    ctx.out << ctx.say(app::Text("cli_set_written")
                           .with("folder", set.folder)
                           .with("forwarded", std::to_string(set.forwarded))
                           .with("withheld", std::to_string(set.withheld)))
            << "\n";
    return 0;
}

int officeSetCheck(CliContext& ctx) {
    const Arguments args(ctx.words, {{}, {"--json"}});
    const std::string& folder = args.positional(0, "arg_set_folder");
    args.requirePositionals(1);
    const app::OfficeSetCheck check = app::checkOfficeSet(folder);
    if (args.flag("--json")) {
        ordered_json problems = ordered_json::array();
        for (const app::Text& p : check.problems) {
            problems.push_back(p.in(app::Language::Chinese));
        }
        ctx.out << ordered_json{{"complete", check.problems.empty()},
                                {"files", check.files},
                                {"stamped", check.stamped},
                                {"problems", problems}}
                       .dump()
                << "\n";
    } else if (check.problems.empty()) {
        ctx.out << ctx.say(app::Text("cli_set_complete")
                               .with("files", std::to_string(check.files))
                               .with("stamped", std::to_string(check.stamped)))
                << "\n";
    } else {
        ctx.out << ctx.say("cli_set_incomplete") << "\n";
        for (const app::Text& p : check.problems) {
            ctx.out << "  - " << ctx.say(p) << "\n";
        }
    }
    return check.problems.empty() ? 0 : 1;
}

}  // namespace baosong::cli
