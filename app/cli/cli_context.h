#pragma once
// What every verb gets: its words, where to write, and how people want to read it.

#include <iostream>
#include <string>
#include <vector>

#include "base/text.h"

namespace baosong::cli {

struct CliContext {
    std::vector<std::string> words;  // after the verb (and sub-verb)
    std::ostream& out = std::cout;
    std::ostream& err = std::cerr;
    // The lines baosong draws itself with a carriage return (progress): the only output
    // that is not escaped (terminal_escaping.h), so nothing from a file may go here.
    std::ostream& progress = std::cerr;
    app::Language language = app::Language::Chinese;  // reader_language.h
    bool terminal = false;                            // stderr is a terminal: progress may be shown

    // A catalogue sentence in the reader's language.
    std::string say(const app::Text& text) const { return text.in(language); }
    std::string say(const char* key) const { return app::Text(key).in(language); }
    // A policy finding or a scanner flag, whose words are the policy library's own.
    template <class Said>
    const std::string& saidIn(const Said& item) const {
        return item.said(language == app::Language::English);
    }
};

// Each returns the process exit code (spec/cli.md) or throws AppError.
int runVaultCommand(const std::string& subverb, CliContext& ctx);
int runKeysCommand(CliContext& ctx);
int runCheckCommand(CliContext& ctx);
int runScanCommand(CliContext& ctx);
int runReviewCommand(CliContext& ctx);
int runSealCommand(CliContext& ctx);
int runDocumentsCommand(CliContext& ctx);
int runOfficeCommand(const std::string& subverb, CliContext& ctx);

}  // namespace baosong::cli
