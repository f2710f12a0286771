// `baosong review VAULT list|resolve|approve|sign-off` (cli.md): the security
// reviewer's work. Deciding, approving and signing need the reviewer passphrase, which
// unseals the reviewer's key: the vault passphrase alone cannot stand in for a review.

#include <nlohmann/json.hpp>

#include "base/app_error.h"
#include "cli_context.h"
#include "core/actor.h"
#include "core/review_voiding.h"
#include "core/review_workflow.h"
#include "core/reviewer_name.h"
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

// A void sign-off is said as void, with its cause and time: never as if no one had signed.
std::string signOffText(const app::SignOffStatus& s, const CliContext& ctx) {
    switch (s.state) {
        case app::SignOffStatus::State::None:
            return ctx.say("尚未签署", "not signed off yet");
        case app::SignOffStatus::State::Holds:
            return std::string(ctx.say("有效（", "valid (")) + s.reviewer + ctx.say("，", ", ") +
                   s.signedAt + ctx.say("）", ")");
        case app::SignOffStatus::State::Void:
            break;
    }
    std::string text = std::string(ctx.say("【审查签署已失效】（", "[SIGN-OFF VOID] (")) +
                       s.reviewer + ctx.say(" 于 ", " signed at ") + s.signedAt +
                       ctx.say(" 签署；", "; ") + app::signOffVoidCause(s.voidedCause, ctx.english);
    if (!s.voidedAt.empty()) {
        text += ctx.say("，", ", ") + s.voidedAt;
    }
    return text + ctx.say("；须重新审查并签署）", "; review and sign off again)");
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
                             {"approved", i.approved},
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
        ctx.out << ctx.say("标记：\n", "flags:\n");
        for (const auto& f : state.flags) {
            ctx.out << (f.decision ? ctx.say("  [已放行] ", "  [cleared] ")
                        : f.stale  ? ctx.say("  [放行失效] ", "  [stale]   ")
                                   : ctx.say("  [待处理] ", "  [open]    "));
            printFlag(f.flag, ctx);
        }
        for (const auto& d : state.redactions) {
            ctx.out << "  [" << d.decision << "] " << d.flagId << "  " << d.field << "  " << d.note
                    << "\n";
        }
        ctx.out << ctx.say("照片与附件：\n", "photos and attachments:\n");
        for (const auto& i : state.items) {
            ctx.out << (i.approved ? ctx.say("  [已确认] ", "  [approved] ")
                                   : ctx.say("  [待确认] ", "  [open]     "))
                    << i.id << "  " << i.path << i.metadataSummary(ctx.english) << "\n";
        }
        ctx.out << ctx.say("待处理标记 ", "open flags ") << state.openFlags()
                << ctx.say("，待确认文件 ", ", unapproved files ") << state.unapprovedItems()
                << ctx.say("；审查签署：", "; sign-off: ") << signOffText(signOff, ctx) << "\n";
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
    throw usageError("--decision 应为 cleared、redacted 或 removed");
}

crypto::MinisignSecretKey reviewerKey(app::Vault& vault, const Arguments& args) {
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
    const std::string& path = args.positional(0, "VAULT（保险库文件路径）");
    const std::string& subverb =
        args.positional(1, "子命令（list、resolve、approve、sign-off 或 name）");
    if (subverb == "list") {
        args.requirePositionals(2);
        auto opened = openVaultFor(path, args, ctx, app::Access::ReadOnly);
        return list(opened.vault, args, ctx);
    }
    // cli.md: only `review list` takes --json; refused rather than ignored by the others.
    if (args.flag("--json")) {
        throw usageError("--json 只用于 review list；review " + subverb + " 不接受它");
    }
    const std::string actor = app::actorFor("reviewer");
    if (subverb == "resolve") {
        const std::string& flag = args.positional(2, "FLAG（标记编号，见 review list）");
        args.requirePositionals(3);
        const auto decision = args.value("--decision");
        if (!decision) {
            throw usageError("缺少 --decision（cleared、redacted 或 removed）");
        }
        app::Resolution resolution{flag, decisionFrom(*decision), args.value("--replacement"),
                                   args.value("--note").value_or("")};
        auto opened = openVaultFor(path, args, ctx, app::Access::Change);
        app::resolveFlag(opened.vault, resolution, reviewerKey(opened.vault, args), actor);
        ctx.out << ctx.say("已处理标记 ", "decided flag ") << flag << " (" << *decision << ")\n";
        return 0;
    }
    if (subverb == "approve") {
        const std::string& item = args.positional(2, "ITEM（照片或附件编号，见 review list）");
        args.requirePositionals(3);
        auto opened = openVaultFor(path, args, ctx, app::Access::Change);
        app::approveItem(opened.vault, item, reviewerKey(opened.vault, args), actor);
        ctx.out << ctx.say("已确认 ", "approved ") << item << "\n";
        return 0;
    }
    if (subverb == "sign-off") {
        args.requirePositionals(2);
        auto opened = openVaultFor(path, args, ctx, app::Access::Change);
        const std::string manifest =
            app::signOffReview(opened.vault, reviewerKey(opened.vault, args), actor);
        ctx.out << ctx.say("保密审查已签署，签署内容清单：\n", "review signed off over:\n")
                << manifest;
        return 0;
    }
    if (subverb == "name") {
        const std::string& name = args.positional(2, "NAME（审查员姓名，随审查记录报送）");
        args.requirePositionals(3);
        app::validateReviewerName(name);
        auto opened = openVaultFor(path, args, ctx, app::Access::Change);
        app::setReviewerName(opened.vault, name, reviewerKey(opened.vault, args), actor);
        ctx.out << ctx.say("审查员姓名已设为 ", "reviewer name set to ") << name << "\n";
        return 0;
    }
    throw usageError("未知的 review 子命令“" + subverb + "”");
}

}  // namespace baosong::cli
