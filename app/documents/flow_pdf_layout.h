#pragma once
// Pagination of a FlowDocument for the PDF: every paragraph shaped (HarfBuzz, through
// Pango) and broken into lines at its width, every table row measured, then placed page by
// page. A row marked keepWhole never starts on one page and ends on the next; cells joined
// downwards stay on one page with their rows; rows of long text fill the page and go on
// over the next ones, line by line. Only a row taller than a whole page is ever cut, and
// only between its lines. Lengths are in twips (1/1440 inch), the FlowDocument's unit.

#include <memory>
#include <utility>
#include <vector>

#include "flow_document.h"

// Pango's paragraph, declared as pango/pango-layout.h declares it, so that users of the
// layout need not see Pango.
typedef struct _PangoLayout PangoLayout;

namespace baosong::app::documents {

inline constexpr int kPdfResolution = 1440;  // dots per inch = twips

// The free font embedded for each face, and the Debian package that has it. Debian 12 has
// no free 仿宋 outside TeX Live (Fandol, in texlive-lang-chinese with TeX Live itself), so
// a report's running text is set in the serif face it derives from; 黑体 is the sans face
// of the same family, 楷体 Arphic's.
struct FaceFont {
    const char* family;
    const char* package;
};
FaceFont faceFont(Face face);

struct Point {
    double x = 0;
    double y = 0;
};

struct Rect {
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;
};

// One line of a shaped paragraph, placed on its page.
struct PlacedLine {
    std::shared_ptr<PangoLayout> layout;  // the paragraph
    int line = 0;                         // its index among the paragraph's lines
    Point baseline;                       // where the line's text starts, on its baseline
    double top = 0;                       // the line's box, from its ascent...
    double bottom = 0;                    // ...to its descent
};

struct PlacedPicture {
    const Picture* picture = nullptr;
    Rect rect;
};

// Which part of which table row a page holds.
struct PlacedRow {
    std::size_t table = 0;  // index of the table among the document's tables
    std::size_t row = 0;
    bool first = true;  // the row's start is on this page
    bool last = true;   // the row's end is on this page
};

struct PdfPage {
    std::vector<PlacedLine> lines;
    std::vector<PlacedPicture> pictures;
    std::vector<std::pair<Point, Point>> rules;  // table borders
    std::vector<PlacedRow> rows;
};

struct PdfLayout {
    double width = 0;  // twips
    double height = 0;
    std::vector<PdfPage> pages;
};

// document must outlive the result (pictures are referenced). Throws AppError (Problem)
// "font_missing" when fontconfig cannot give the very font of a face the document uses.
PdfLayout layoutForPdf(const FlowDocument& document);

}  // namespace baosong::app::documents
