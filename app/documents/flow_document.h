#pragma once
// A printed document described once, as a flow of paragraphs, tables and page breaks, so
// that the Word file and the PDF of the same document come from the same layout. Lengths
// are in twentieths of a point ("twips"), Word's own unit; A4 portrait with 2.54 cm
// margins leaves 9026 × 13958 for content.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace baosong::app::documents {

enum class Align { Left, Center, Right };

// The typeface a paragraph is set in, named by its part in a Chinese official document
// (GB/T 9704-2012 §7.3 and the forms it rules): 宋体 for forms, tables and titles, 仿宋 for
// a report's running text, 黑体 for its first-level headings ("一、"), 楷体 for its
// second-level ones ("（一）"). The Word file names the font office machines have; the
// PDF embeds the free font that stands in for it (flow_pdf_layout.h).
enum class Face { Song, Fang, Hei, Kai };

// One paragraph in one style; a line feed in text breaks the line, not the paragraph.
struct Text {
    std::string text;
    bool bold = false;
    int halfPoints = 21;  // 五号 = 10.5 pt
    Align align = Align::Left;
    // On the same page as the paragraph after it, as Word's "keep with next": at least this
    // paragraph's last line goes with it (a stamp and date line never stands alone).
    bool keepWithNext = false;
    Face face = Face::Song;
};

// A JPEG shown at a fixed size.
struct Picture {
    std::vector<std::uint8_t> jpeg;
    double widthMm = 0;
    double heightMm = 0;
};

enum class Merge { None, Start, Continue };  // a cell joined with the ones below it

struct Cell {
    std::vector<Text> paragraphs = {};
    int span = 1;  // grid columns it covers
    Merge merge = Merge::None;
    std::optional<Picture> picture = {};  // shown above the paragraphs
};

struct Row {
    std::vector<Cell> cells = {};
    bool keepWhole = true;  // false for rows of long text, which flow over pages
    int minHeight = 0;      // 0 = as the content needs
};

// Single borders all round; cells centred vertically.
struct Table {
    std::vector<int> widths = {};  // one per grid column
    std::vector<Row> rows = {};
    int headerRows = 0;  // the first rows, repeated at the top of every page the table reaches
};

struct PageBreak {};

// One of the three; made implicitly from each, so a flow reads as a list of them.
struct Block {
    enum class Kind { Text, Table, PageBreak };
    Block(Text t) : kind(Kind::Text), text(std::move(t)) {}
    Block(Table t) : kind(Kind::Table), table(std::move(t)) {}
    Block(PageBreak) : kind(Kind::PageBreak) {}

    Kind kind;
    Text text = {};
    Table table = {};
};

struct FlowDocument {
    std::string title;  // the PDF's title
    std::string date;   // "2023-07-10": the PDF's creation date, fixed so files repeat
    std::vector<Block> blocks = {};
    bool landscape = false;
};

// Chinese running text starts each paragraph two characters in: two ideographic spaces
// (全角空格), which Word, WPS, LibreOffice and the PDF all show alike.
inline constexpr const char* kParagraphIndent = "\u3000\u3000";

// A centred bold label cell and a centred value cell, the two kinds forms are made of.
Cell labelCell(const std::string& text, int span = 1);
Cell valueCell(const std::string& text, int span = 1, Align align = Align::Center);
// A paragraph of its own (size in half-points, as Word counts).
Text textLine(const std::string& text, int halfPoints = 24, Align align = Align::Left,
              bool bold = false);
// An attachment's label at the top left of its first page ("附件 2"), in 黑体 三号 as
// GB/T 9704-2012 §8 sets it.
Text attachmentLabel(const std::string& text);
// A key sheet's row: label, then the value left-aligned at its size; never split.
Row keyRow(const std::string& label, const std::string& value, int halfPoints = 24);

}  // namespace baosong::app::documents
