#pragma once
// The words of a Word or Excel file, part by part: the body with its tables and text
// boxes, headers, footers, footnotes, endnotes and comments (Word); shared strings, cells
// written inline, sheet names, headers and footers, comments and drawings' text boxes
// (Excel). Words that tracked changes deleted are still in the file, and so are read.

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "extracted_text.h"

namespace baosong::app::extract {

// One piece per part that holds text, in the package's order. Throws AppError (BadInput,
// "attachment_malformed") for a package or part that cannot be read.
std::vector<TextPiece> officeText(std::span<const std::uint8_t> file, const std::string& path);

}  // namespace baosong::app::extract
