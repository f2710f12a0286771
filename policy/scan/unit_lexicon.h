#pragma once
// A unit's own lexicon (scanner.md "Lexicons are data"): its real project names, code
// names and sites. The words are secrets in themselves: errors name line numbers, never a
// word, and nothing here writes them anywhere.

#include <string>
#include <string_view>
#include <vector>

namespace baosong::policy {

struct LexiconTerm {
    std::string term;
    std::string category;  // one of scanCategories(); PROJECT_CODE when not given
    bool operator==(const LexiconTerm&) const = default;
};

inline constexpr std::size_t kMaxLexiconTerms = 100000;
inline constexpr std::size_t kMaxLexiconTermChars = 64;

// UTF-8 text, one word per line, optionally followed by a TAB and a category; blank lines
// and lines starting with # are skipped. Throws ParseError ("invalid_utf8", "invalid_value",
// "too_large") naming the line, never the word. Duplicates are dropped.
std::vector<LexiconTerm> parseUnitLexicon(std::string_view text);

}  // namespace baosong::policy
