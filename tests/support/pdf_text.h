#pragma once
// What poppler's pdftotext reads from a PDF, white space removed (it breaks lines where
// the PDF wraps them): how tests see the words a document really carries.

#include <filesystem>
#include <string>

namespace baosong::test {

// Fails the calling test (and returns "") when pdftotext cannot read the file.
std::string pdfText(const std::filesystem::path& pdf);

}  // namespace baosong::test
