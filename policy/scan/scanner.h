#pragma once
// The sensitive-content scanner (scanner.md): built-in rules plus a unit's lexicon,
// compiled once, matched against the normalised view of each text with RE2 (linear time,
// no back-tracking), flags reported in code points of the original text.
//
// Per text: normalise (text_normalizer.h) → one RE2::Set pass picks the rules that match
// anywhere → those rules find their spans → near-word and unless-word conditions → the
// category's allow-list removes flags it covers → overlapping flags of a category merge →
// context escalation per sentence → spans mapped back to the original → stable ids.

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "scan_flag.h"
#include "scan_rule_set.h"
#include "unit_lexicon.h"

namespace baosong::policy {

// Where a text sits in a submission: candidate index (none for the report and for a
// plain text file) and field key path within it ("deeds", "stories[0]").
struct FieldRef {
    std::optional<int> candidate;
    std::string field;
};

class Scanner {
  public:
    // Throws ParseError naming a rule that RE2 refuses.
    explicit Scanner(const ScanRuleSet& rules = builtInScanRules(),
                     const std::vector<LexiconTerm>& lexicon = {});
    ~Scanner();
    Scanner(const Scanner&) = delete;
    Scanner& operator=(const Scanner&) = delete;

    // One field, in document order of its flags. Throws ParseError("invalid_utf8").
    std::vector<ScanFlag> scanField(std::string_view utf8, const FieldRef& where = {}) const;
    // A text of any size as one field: validated first, then scanned in pieces that end at
    // a line or sentence end, so memory stays bounded and time linear.
    std::vector<ScanFlag> scanText(std::string_view utf8, const FieldRef& where = {}) const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Gives each flag its stable id: SHA-256 over the field, the rule, the normalised match and
// which occurrence of that match in the field it is; the first 16 hex digits.
void assignFlagIds(std::vector<ScanFlag>& flags);

}  // namespace baosong::policy
