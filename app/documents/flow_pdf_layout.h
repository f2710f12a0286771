#pragma once
// Pagination of a FlowDocument for the PDF: every paragraph broken into lines at its
// width, every table row measured, then placed page by page. A row marked keepWhole never
// starts on one page and ends on the next; cells joined downwards stay on one page with
// their rows; rows of long text fill the page and go on over the next ones, line by line.
// Only a row taller than a whole page is ever cut, and only between its lines.
// Lengths are in twips: the PDF is drawn at 1440 dots per inch, one dot per twip.

#include <QPointF>
#include <QRectF>
#include <QTextLayout>
#include <memory>
#include <vector>

#include "flow_document.h"

class QPaintDevice;

namespace baosong::app::documents {

inline constexpr int kPdfResolution = 1440;  // dots per inch = twips

// Serif CJK for everything, the PDF's counterpart of the Word files' 宋体.
inline constexpr const char* kPdfFontFamily = "Noto Serif CJK SC";

// One line of a paragraph, drawn with its top-left at origin + the line's own position.
struct PlacedLine {
    std::shared_ptr<QTextLayout> layout;
    int line = 0;
    QPointF origin;
};

struct PlacedPicture {
    const Picture* picture = nullptr;
    QRectF rect;
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
    std::vector<std::pair<QPointF, QPointF>> rules;  // table borders
    std::vector<PlacedRow> rows;
};

struct PdfLayout {
    QSizeF pageSize;  // twips
    std::vector<PdfPage> pages;
};

// device: the PDF writer the layout will be drawn on (fonts are measured for it); document
// must outlive the result (pictures are referenced). Throws AppError (Problem)
// "font_missing" without the Noto CJK fonts, "pdf_runtime_missing" (GuiRuntime).
PdfLayout layoutForPdf(const FlowDocument& document, const QPaintDevice& device);

}  // namespace baosong::app::documents
