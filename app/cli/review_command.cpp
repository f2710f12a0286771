// `baosong review VAULT list|resolve|approve|sign-off` (cli.md): the security
// reviewer's work. Deciding, approving and signing need the reviewer passphrase, which
// unseals the reviewer's key: the vault passphrase alone cannot stand in for a review.

#include <nlohmann/json.hpp>

#include "base/app_error.h"
#include "cli_context.h"
#include "core/actor.h"
#include "core/field_label.h"
#include "core/review_voiding.h"
#include "core/review_workflow.h"
#include "core/reviewer_name.h"
#include "core/submission_edit.h"
#include "flag_output.h"
#include "passphrase_source.h"
#include "usage_error.h"
#include "vault_opening.h"

namespace baosong::cli {

namespace {
using nlohmann::ordered_json;

ordered_json decisionJson(const app::ReviewDecision& d) {
    ordered_json out;
    out["decision"] = d.decision;
    if (!d.replacement.empty()) {
        out["replacement"] = d.replacement;
    }
    out["note"] = d.note;
    out["reviewer"] = d.reviewer;
    out["decided_at"] = d.decidedAt;
    return out;
}

int list(app::Vault& vault, const Arguments& args, CliContext& ctx) {
    const app::ReviewState state = app::reviewState(vault);
    const app::SignOffStatus signOff = app::signOffStatus(vault);
    const bool signedOff = signOff.state == app::SignOffStatus::State::Holds;
    if (args.flag("--json")) {
        ordered_json flags = ordered_json::array();
        for (const auto& f : state.flags) {
            ordered_json item = flagJson(f.flag);
            item["decision"] = f.decision ? decisionJson(*f.decision) : ordered_json();
            item["stale"] = f.stale;
            flags.push_back(item);
        }
        ordered_json redactions = ordered_json::array();
        for (const auto& d : state.redactions) {
            ordered_json item{{"id", d.flagId}, {"category", d.category}, {"rule", d.rule}};
            item["candidate"] = d.candidate ? ordered_json(*d.candidate) : ordered_json();
            item["field"] = d.field;
            item.update(decisionJson(d));
            redactions.push_back(item);
        }
        ordered_json items = ordered_json::array();
        for (const auto& i : state.items) {
            items.push_back({{"id", i.id},
                             {"kind", i.kind},
                             {"path", i.path},
                             {"candidates", i.candidates},
                             {"approved", i.approved},
                             {"words_incomplete", i.wordsIncomplete},
                             {"metadata_removed", i.metadataRemoved.empty()
                                                      ? ordered_json()
                                                      : ordered_json::parse(i.metadataRemoved)}});
        }
        ordered_json signOffJson;
        if (signOff.state != app::SignOffStatus::State::None) {
            signOffJson = {{"state", signedOff ? "holds" : "void"},
                           {"reviewer", signOff.reviewer},
                           {"signed_at", signOff.signedAt},
                           {"voided_at", signOff.voidedAt},
                           {"voided_cause", signOff.voidedCause}};
        }
        ctx.out << ordered_json{{"flags", flags},
                                {"redactions", redactions},
                                {"items", items},
                                {"signed_off", signedOff},
                                {"sign_off", signOffJson}}
                       .dump(2)
                << "\n";
    } else {
        const policy::Submission scanned = app::loadOrStartSubmission(vault);
        ctx.out << ctx.say("cli_review_flags") << "\n";
        for (const auto& f : state.flags) {
            ctx.out << "  "
                    << ctx.say(f.decision ? "cli_review_cleared"
                               : f.stale  ? "cli_review_stale"
                                          : "cli_review_open")
                    << " ";
            printFlag(f.flag, scanned, ctx);
        }
        for (const auto& d : state.redactions) {
            ctx.out << "  "
                    << ctx.say(d.decision == "redacted" ? "cli_review_redacted"
                                                        : "cli_review_removed")
                    << " " << d.flagId << "  ";
            if (d.candidate) {
                ctx.out << ctx.say(
                               app::candidateLabel(scanned, static_cast<std::size_t>(*d.candidate)))
                        << " ";
            }
            ctx.out << ctx.say(app::fieldLabel(d.field)) << "  " << d.note << "\n";
        }
        ctx.out << ctx.say("cli_review_items") << "\n";
        for (const auto& i : state.items) {
            ctx.out << "  " << ctx.say(i.approved ? "cli_review_approved" : "cli_review_unapproved")
                    << " " << i.id << "  " << i.path;
            // Everyone whose form uses it: a photo reused for a second candidate names both.
            std::string people;
            for (const int candidate : i.candidates) {
                people +=
                    (people.empty() ? "" : ctx.say("cli_list_separator")) +
                    ctx.say(app::candidateLabel(scanned, static_cast<std::size_t>(candidate)));
            }
            if (!people.empty()) {
                ctx.out << ctx.say(app::Text("cli_review_item_used_by").with("people", people));
            }
            ctx.out << i.metadataSummary(ctx.language);
            if (i.wordsIncomplete) {
                ctx.out << ctx.say("cli_review_words_incomplete");
            }
            ctx.out << "\n";
        }
        // A void sign-off is said as void, with its cause and time: never as if no one had
        // signed.
        ctx.out << ctx.say(app::Text("cli_review_state")
                               .with("flags", std::to_string(state.openFlags()))
                               .with("items", std::to_string(state.unapprovedItems()))
                               .with("sign_off", app::signOffStatusText(signOff)))
                << "\n";
    }
    return signedOff ? 0 : 1;
}

app::Decision decisionFrom(const std::string& word) {
    if (word == "cleared") {
        return app::Decision::Cleared;
    }
    if (word == "redacted") {
        return app::Decision::Redacted;
    }
    if (word == "removed") {
        return app::Decision::Removed;
    }
    throw usageError(app::Text("usage_decision"));
}

// The decision as the reader's language says it.
app::Text decisionWord(app::Decision decision) {
    switch (decision) {
        case app::Decision::Redacted:
            return app::Text("cli_decision_redacted");
        case app::Decision::Removed:
            return app::Text("cli_decision_removed");
        case app::Decision::Cleared:
            break;
    }
    return app::Text("cli_decision_cleared");
}

app::ReviewerKey reviewerKey(app::Vault& vault, const Arguments& args) {
    const auto passphrase = readPassphrase(args, kReviewerPassphrase, false);
    return app::unlockReviewerKey(vault, passphrase);
}
}  // namespace

int runReviewCommand(CliContext& ctx) {
    OptionSpec spec{{"--passphrase-file", "--reviewer-passphrase-file", "--decision",
                     "--replacement", "--note"},
                    {"--json"},
                    {}};
    const Arguments args(ctx.words, spec);
    const std::string& path = args.positional(0, "arg_vault");
    const std::string& subverb = args.positional(1, "arg_review_subverb");
    if (subverb == "list") {
        args.requirePositionals(2);
        auto opened = openVaultFor(path, args, ctx, app::Access::ReadOnly);
        return list(opened.vault, args, ctx);
    }
    // cli.md: only `review list` takes --json; refused rather than ignored by the others.
    if (args.flag("--json")) {
        throw usageError(app::Text("usage_review_json").with("subverb", subverb));
    }
    const std::string actor = app::actorFor("reviewer");
    // resolve and approve take one or more ids: the reviewer's key is unsealed once for
    // them all, and they are decided together or not at all.
    if (subverb == "resolve") {
        args.positional(2, "arg_flag");
        const std::vector<std::string> flags(args.positionals().begin() + 2,
                                             args.positionals().end());
        const auto decision = args.value("--decision");
        if (!decision) {
            throw usageError(app::Text("usage_decision_missing"));
        }
        const app::Resolution how{"", decisionFrom(*decision), args.value("--replacement"),
                                  args.value("--note").value_or("")};
        auto opened = openVaultFor(path, args, ctx, app::Access::Change);
        app::resolveFlags(opened.vault, flags, how, reviewerKey(opened.vault, args), actor);
        for (const std::string& flag : flags) {
            ctx.out << ctx.say(app::Text("cli_flag_decided")
                                   .with("flag", flag)
                                   .with("decision", decisionWord(decisionFrom(*decision))))
                    << "\n";
        }
        return 0;
    }
    if (subverb == "approve") {
        args.positional(2, "arg_item");
        const std::vector<std::string> items(args.positionals().begin() + 2,
                                             args.positionals().end());
        auto opened = openVaultFor(path, args, ctx, app::Access::Change);
        app::approveItems(opened.vault, items, reviewerKey(opened.vault, args), actor);
        for (const std::string& item : items) {
            ctx.out << ctx.say(app::Text("cli_item_approved").with("item", item)) << "\n";
        }
        return 0;
    }
    if (subverb == "sign-off") {
        args.requirePositionals(2);
        auto opened = openVaultFor(path, args, ctx, app::Access::Change);
        const std::string manifest =
            app::signOffReview(opened.vault, reviewerKey(opened.vault, args), actor);
        ctx.out << ctx.say("cli_signed_off") << "\n" << manifest;
        return 0;
    }
    if (subverb == "name") {
        const std::string& name = args.positional(2, "arg_reviewer_name");
        args.requirePositionals(3);
        app::validateReviewerName(name);
        auto opened = openVaultFor(path, args, ctx, app::Access::Change);
        app::setReviewerName(opened.vault, name, reviewerKey(opened.vault, args), actor);
        ctx.out << ctx.say(app::Text("cli_reviewer_named").with("name", name)) << "\n";
        return 0;
    }
    throw usageError(
        app::Text("usage_subverb_unknown").with("verb", "review").with("subverb", subverb));
}

}  // namespace baosong::cli
