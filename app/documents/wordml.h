#pragma once
// Small pieces of WordprocessingML (ECMA-376 Part 1, §17) as text: paragraphs, tables and
// page settings. Values are escaped here, once, so no caller writes raw XML from data.

#include <string>
#include <string_view>
#include <vector>

#include "flow_document.h"

namespace baosong::app::documents::wordml {

// &, <, >, " and ' as entities; characters XML 1.0 forbids (C0 controls but tab, line
// feed, carriage return) are dropped.
std::string escape(std::string_view text);

using documents::Face;

struct RunStyle {
    bool bold = false;
    int halfPoints = 21;  // 五号 = 10.5 pt
    Face face = Face::Song;
};

using documents::Align;

// The East-Asian font Word and WPS find on a Chinese office machine for each face:
// 宋体, 仿宋, 黑体, 楷体 (each Windows has had them since Vista; WPS ships them).
const char* fontName(Face face);

// A paragraph of one run; line breaks in text become w:br. keepNext: Word's "keep with
// next" (w:keepNext).
std::string paragraph(std::string_view text, const RunStyle& style = {}, Align align = Align::Left,
                      bool keepNext = false);

using documents::Merge;  // vertical merge (w:vMerge)

struct Cell {
    std::string text;
    int span = 1;  // columns it covers (w:gridSpan)
    bool bold = false;
    std::string xml = {};  // paragraphs to use instead of text, when not empty
    Merge merge = Merge::None;
    Align align = Align::Center;
};

// A table with single borders; widths in twentieths of a point, one per grid column.
// The header row repeats on every page, and no row is split across pages.
std::string table(const std::vector<int>& widths, const std::vector<std::vector<Cell>>& rows,
                  int headerRows = 1);

struct Row {
    std::vector<Cell> cells;
    bool keepWhole = true;  // false for rows of long text, which must flow over pages
    int minHeight = 0;      // twentieths of a point; 0 = as the content needs
};
std::string table(const std::vector<int>& widths, const std::vector<Row>& rows, int headerRows);

// A JPEG shown inline at the given size (mm), from the image part related as relId.
std::string inlineImage(const std::string& relId, int id, double widthMm, double heightMm);

// A paragraph holding only a page break.
std::string pageBreak();

// The document element around body, ending with A4 page settings.
std::string document(const std::string& body, bool landscape);

// styles.xml: 宋体 (SimSun) for Chinese, Times New Roman otherwise, 五号.
std::string styles();

// fontTable.xml: each face's font with its English name, character set (GB 2312) and
// PANOSE class, from which Word picks the nearest font it has when one is missing
// (ECMA-376 Part 1 §17.8.3), rather than falling back to a Western face.
std::string fontTable();

}  // namespace baosong::app::documents::wordml
