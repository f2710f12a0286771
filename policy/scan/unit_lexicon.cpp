#include "unit_lexicon.h"

#include <algorithm>
#include <set>

#include "policy/parse_error.h"
#include "policy/utf8_codec.h"
#include "scan_rule_set.h"

namespace baosong::policy {

namespace {
std::string_view trim(std::string_view s) {
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
    while (!s.empty() && blank(s.front())) {
        s.remove_prefix(1);
    }
    while (!s.empty() && blank(s.back())) {
        s.remove_suffix(1);
    }
    return s;
}
}  // namespace

std::vector<LexiconTerm> parseUnitLexicon(std::string_view text) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") {
        text.remove_prefix(3);
    }
    decodeUtf8(text);  // the whole file first, so the error names its byte offset
    std::vector<LexiconTerm> terms;
    std::set<std::pair<std::string, std::string>> seen;
    std::size_t lineNumber = 0;
    const auto& categories = scanCategories();
    while (!text.empty()) {
        const std::size_t eol = text.find('\n');
        const std::string_view raw = text.substr(0, eol);
        text.remove_prefix(eol == std::string_view::npos ? text.size() : eol + 1);
        ++lineNumber;
        const std::string where = "第 " + std::to_string(lineNumber) + " 行";
        std::string_view line = trim(raw);
        if (line.empty() || line.front() == '#') {
            continue;
        }
        LexiconTerm term{std::string(line), "PROJECT_CODE"};
        if (const std::size_t tab = line.find('\t'); tab != std::string_view::npos) {
            term.term = std::string(trim(line.substr(0, tab)));
            term.category = std::string(trim(line.substr(tab + 1)));
            if (std::find(categories.begin(), categories.end(), term.category) ==
                categories.end()) {
                throw ParseError("invalid_value", where,
                                 "词表的类别无效，应为 MARKING、PROJECT_CODE 等九类之一");
            }
        }
        const std::size_t chars = decodeUtf8(term.term).size();
        if (chars == 0 || chars > kMaxLexiconTermChars) {
            throw ParseError("invalid_value", where,
                             "词表的词应为 1 到 " + std::to_string(kMaxLexiconTermChars) + " 个字");
        }
        if (seen.emplace(term.term, term.category).second) {
            terms.push_back(std::move(term));
        }
        if (terms.size() > kMaxLexiconTerms) {
            throw ParseError("too_large", where,
                             "词表超过 " + std::to_string(kMaxLexiconTerms) + " 个词");
        }
    }
    return terms;
}

}  // namespace baosong::policy
