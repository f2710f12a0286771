// baosong: the command line. Translates between people and app/core, nothing more.

#include <sys/stat.h>
#include <unistd.h>

#include <clocale>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <map>

#include "base/app_error.h"
#include "cli_context.h"
#include "core/error_report.h"
#include "core/vault_session.h"
#include "crypto/process_hardening.h"
#include "help_text.h"
#include "reader_language.h"
#include "terminal_escaping.h"
#include "usage_error.h"

namespace {
using baosong::cli::CliContext;

bool asksForHelp(const std::vector<std::string>& words) {
    for (const auto& w : words) {
        if (w == "--help" || w == "-h") {
            return true;
        }
        if (w == "--") {
            break;
        }
    }
    return false;
}

int dispatch(std::vector<std::string> words, CliContext& ctx) {
    if (words.empty() || words[0] == "--help" || words[0] == "-h" || words[0] == "help") {
        ctx.out << baosong::cli::helpText("", ctx.language);
        return words.empty() ? 2 : 0;
    }
    if (words[0] == "--version") {
        ctx.out << "baosong " << BAOSONG_VERSION << " (" << baosong::app::vaultEngineVersion()
                << ")\n";
        return 0;
    }
    const std::string verb = words[0];
    if (verb == "vault" || verb == "office") {
        if (words.size() < 2 || words[1].starts_with("-")) {
            ctx.out << baosong::cli::helpText(verb, ctx.language);
            return asksForHelp(words) ? 0 : 2;
        }
        const std::string subverb = words[1];
        ctx.words.assign(words.begin() + 2, words.end());
        if (asksForHelp(ctx.words)) {
            const std::string text = baosong::cli::helpText(verb + " " + subverb, ctx.language);
            if (text.empty()) {
                throw baosong::cli::usageError(baosong::app::Text("usage_subverb_unknown")
                                                   .with("verb", verb)
                                                   .with("subverb", subverb));
            }
            ctx.out << text;
            return 0;
        }
        return verb == "vault" ? baosong::cli::runVaultCommand(subverb, ctx)
                               : baosong::cli::runOfficeCommand(subverb, ctx);
    }
    // Verbs whose words all follow the verb (the vault, if any, is one of them).
    static const std::map<std::string, int (*)(CliContext&)> verbs = {
        {"check", baosong::cli::runCheckCommand}, {"documents", baosong::cli::runDocumentsCommand},
        {"keys", baosong::cli::runKeysCommand},   {"review", baosong::cli::runReviewCommand},
        {"scan", baosong::cli::runScanCommand},   {"seal", baosong::cli::runSealCommand},
    };
    if (const auto it = verbs.find(verb); it != verbs.end()) {
        ctx.words.assign(words.begin() + 1, words.end());
        if (asksForHelp(ctx.words)) {
            ctx.out << baosong::cli::helpText(verb, ctx.language);
            return 0;
        }
        return it->second(ctx);
    }
    throw baosong::cli::usageError(baosong::app::Text("usage_verb_unknown").with("verb", verb));
}
}  // namespace

int main(int argc, char** argv) {
    baosong::crypto::hardenProcess();
    ::umask(077);  // whatever baosong writes is for this user only
    std::setlocale(LC_ALL, "");

    baosong::cli::TerminalEscapingBuffer outBuffer(std::cout.rdbuf());
    baosong::cli::TerminalEscapingBuffer errBuffer(std::cerr.rdbuf());
    std::ostream out(&outBuffer);
    std::ostream err(&errBuffer);
    err.setf(std::ios::unitbuf);  // errors appear at once, in order with progress lines
    CliContext ctx{.words = {}, .out = out, .err = err};
    ctx.language = baosong::cli::readerLanguage();
    ctx.terminal = ::isatty(STDERR_FILENO) == 1;
    try {
        return dispatch(std::vector<std::string>(argv + 1, argv + argc), ctx);
    } catch (...) {
        const baosong::app::AppError e = baosong::app::describeError(std::current_exception());
        ctx.err << "baosong: "
                << ctx.say(baosong::app::Text("cli_error")
                               .with("sentence", e.text())
                               .with("code", e.code()))
                << "\n";
        return static_cast<int>(e.kind());
    }
}
