#pragma once
// The scanner's rules as data (scanner.md "Lexicons are data"): one file per category under
// policy/scan/rules/, read strictly ("baosong.scan-rules/1", policy/scan/rules/README.md).
// Patterns are RE2 syntax and match the normalised view (text_normalizer.h), never the
// original text, so a rule is written once for full-width, traditional and spaced forms.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace baosong::policy {

inline constexpr const char* kScanRulesFormat = "baosong.scan-rules/1";

enum class FlagSeverity { Review, Block };
const char* severityName(FlagSeverity severity);

// The nine categories of scanner.md, in its order.
const std::vector<std::string>& scanCategories();

struct ScanRule {
    std::string id;  // "CATEGORY.name", unique over all rule files
    FlagSeverity severity = FlagSeverity::Block;
    std::string message;                // Chinese; the category's message when empty
    std::string messageEn;              // the same in English: given with message, absent without
    std::string pattern;                // RE2; capture group 1, when present, is the flag
    std::vector<std::string> keywords;  // literal words (normalised like the text)
    std::vector<std::string> originalCharacters;  // matched in the original text (㊙)
    std::vector<std::string> near;                // when set, one of these must lie within `window`
    std::size_t window = 10;                      // characters of the view on either side
    std::vector<std::string> unlessHas;           // a match containing one of these is no flag
};

// scanner.md's context escalation: review → block when the flag's sentence also holds a
// flag of one of these categories.
struct Escalation {
    std::vector<std::string> sentenceHas;
};

struct CategoryRules {
    std::string category;   // one of scanCategories()
    std::string title;      // Chinese name shown to the reviewer
    std::string titleEn;    // the same in English
    std::string redaction;  // the usual replacement: 某型, 某部, 某地 …
    std::string message;    // Chinese: what the reviewer should do
    std::string messageEn;  // the same in English
    std::vector<ScanRule> rules;
    std::vector<std::string> allowKeywords;  // a flag inside an allow match is no flag
    std::vector<std::string> allowPatterns;
    Escalation escalation;
};

struct ScanRuleSet {
    std::vector<CategoryRules> categories;
    const CategoryRules* find(std::string_view category) const;
};

// Throws ParseError naming the key path.
CategoryRules parseCategoryRules(std::string_view json);
// Every file of policy/scan/rules, built in; each category exactly once.
const ScanRuleSet& builtInScanRules();

}  // namespace baosong::policy
