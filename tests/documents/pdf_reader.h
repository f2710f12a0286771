#pragma once
// Reading a PDF back as a clerk's tools do (poppler's pdftotext, pdffonts, pdfimages): its
// text layer is what a copy from the page gives, so the tests compare it with the fields
// character for character.

#include <string>
#include <vector>

namespace baosong::test {

// pdftotext's text in drawing order (-raw) without the spaces and line breaks that layout
// puts between words, lines and cells; no character is changed. Adds a gtest failure when
// pdftotext fails.
std::string pdfText(const std::string& path);

// The same removal for a field looked for in that text.
std::string withoutSpace(const std::string& text);

struct PdfFont {
    std::string name;
    bool embedded = false;
    bool subset = false;
    bool unicode = false;  // a ToUnicode map: copied text is the characters drawn
};

// pdffonts' rows; adds a gtest failure when pdffonts fails.
std::vector<PdfFont> pdfFonts(const std::string& path);

struct PdfImage {
    std::string encoding;  // "jpeg" for DCT
    std::string color;     // "rgb", "cmyk", "gray"
    int width = 0;         // pixels
    int height = 0;
    double xPpi = 0;
    double yPpi = 0;
};

// pdfimages -list's rows; adds a gtest failure when pdfimages fails.
std::vector<PdfImage> pdfImages(const std::string& path);

}  // namespace baosong::test
