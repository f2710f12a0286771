#pragma once
// The words a file holds, as the scanner reads them (scanner.md "Files"): one piece per
// PDF page, per Word or Excel part, or per photo, each with where its characters stand on
// the page when that is known (a PDF's text layer, OCR), so a flag can be shown where it
// is. Kept in the vault by the file's content hash (store/file_text_store.h) in this JSON.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace baosong::app::extract {

// A rectangle as fractions of its page's width and height, from the top left corner:
// the same numbers whatever size the page is drawn at.
struct PageBox {
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;
    bool empty() const { return width <= 0 || height <= 0; }
    PageBox united(const PageBox& other) const;
};

// Characters [start, end) of a piece's text (code points) and where they stand.
struct TextRun {
    std::size_t start = 0;
    std::size_t end = 0;
    PageBox box;
};

struct TextPiece {
    int page = 0;      // 1-based for a PDF's page or a photo (1); 0 for a Word or Excel part
    std::string part;  // the package part ("word/comments.xml"); "" otherwise
    bool ocr = false;  // read by OCR from the picture of the page
    // false when OCR stopped at its time limit (ocr_engine.h) before it had read every line:
    // the reviewer is told to read the picture with their own eyes.
    bool complete = true;
    std::string text;           // UTF-8
    std::vector<TextRun> runs;  // in order of start; none for a Word or Excel part

    // The box around characters [start, end), or nullopt when no run touches them.
    std::optional<PageBox> boxOf(std::size_t start, std::size_t end) const;
};

struct ExtractedText {
    std::vector<TextPiece> pieces;

    std::string json() const;
    // nullopt for text that is no record this code wrote (an older reader's, a damaged row).
    // Without the boxes (Boxes::Skip) each piece's runs stay empty: a scan needs them only
    // where it flags something, and they are most of a page of OCR.
    enum class Boxes { Read, Skip };
    static std::optional<ExtractedText> parse(std::string_view json, Boxes boxes = Boxes::Read);
    // Whether every piece of what toJson wrote was read whole, without building its words
    // and boxes (a review lists this for every file); nullopt as parse would give.
    static std::optional<bool> readWhole(std::string_view json);
};

}  // namespace baosong::app::extract
