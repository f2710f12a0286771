#pragma once
// One finding of the scanner, as scanner.md's `scan --json` writes it.

#include <array>
#include <optional>
#include <string>

#include "scan_rule_set.h"

namespace baosong::policy {

// Where in a file a flag was found (scanner.md "Files"): the file as the review lists it,
// the page or the package part, and for a page the box around the flagged words, as
// fractions of the page's width and height from its top left corner.
struct FlagLocation {
    std::string item;  // the review item's id: the first 16 hex digits of the content's SHA-256
    std::string path;  // the file as the submission names it
    int page = 0;      // 1-based page of a PDF, 1 for a photo; 0 for a Word or Excel part
    std::string part;  // "word/comments.xml"; empty for a page
    bool ocr = false;  // the words were read from the picture of the page
    std::optional<std::array<double, 4>> box;  // x, y, width, height
};

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
    // Set for a flag in the words of a file; start and end then count in the text read out
    // of that page or part, and field is the file's place in the form ("attachments[0]").
    std::optional<FlagLocation> location;
};

}  // namespace baosong::policy
