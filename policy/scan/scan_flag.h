#pragma once
// One finding of the scanner, as scanner.md's `scan --json` writes it.

#include <optional>
#include <string>

#include "scan_rule_set.h"

namespace baosong::policy {

struct ScanFlag {
    std::string id;  // stable: hash of field, rule, normalised match and its occurrence
    std::string category;
    FlagSeverity severity = FlagSeverity::Review;
    std::optional<int> candidate;  // 0-based; none for the report or a plain text file
    std::string field;             // "deeds", "stories[1]", "report"; empty for a text file
    std::size_t start = 0;         // code points of the ORIGINAL text, end exclusive
    std::size_t end = 0;
    std::string text;        // the original substring
    std::string normalized;  // what matched, in the normalised view
    std::string rule;
    std::string message;    // Chinese
    std::string messageEn;  // the same in English
    const std::string& said(bool english) const { return english ? messageEn : message; }
    std::string redaction;  // the category's usual replacement (某型, 某部 …)
};

}  // namespace baosong::policy
