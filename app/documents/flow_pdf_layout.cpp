#include "flow_pdf_layout.h"

#include <QFont>
#include <QFontDatabase>
#include <QPaintDevice>
#include <QTextOption>
#include <algorithm>
#include <numeric>

#include "gui_runtime.h"
#include "store/app_error.h"

namespace baosong::app::documents {

namespace {
constexpr double kMargin = 1440;  // 2.54 cm, as the Word files
constexpr double kPadX = 108;     // Word's default cell margins
constexpr double kPadY = 60;
constexpr double kMinFlowStart = 900;  // a flowing row starts on a new page below this room
constexpr double kTwipsPerMm = 1440 / 25.4;

// A unit of cell content that is never cut: one line of text, or a picture.
struct Piece {
    std::shared_ptr<QTextLayout> layout;
    int line = 0;
    const Picture* picture = nullptr;
    double height = 0;
};

struct CellBox {
    const Cell* cell = nullptr;
    std::size_t column = 0;
    double x = 0;
    double width = 0;
    std::vector<Piece> pieces = {};
    double contentHeight = 0;
};

Qt::Alignment alignment(Align align) {
    switch (align) {
        case Align::Center:
            return Qt::AlignHCenter;
        case Align::Right:
            return Qt::AlignRight;
        case Align::Left:
            break;
    }
    return Qt::AlignLeft;
}

class Paginator {
  public:
    Paginator(const QPaintDevice& device, QSizeF pageSize) : device_(device) {
        layout_.pageSize = pageSize;
        layout_.pages.emplace_back();
    }

    void text(const Text& text) {
        const auto layout = paragraph(text, contentWidth());
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            if (y_ + line.height() > bottom() && !atTop()) {
                newPage();
            }
            page().lines.push_back({layout, i, QPointF(kMargin, y_ - line.y())});
            y_ += line.height();
        }
    }

    void pageBreak() { newPage(); }

    void table(const Table& table, std::size_t index) {
        table_ = &table;
        tableIndex_ = index;
        measure(table);
        // Rows joined by a merged cell go together onto one page, if they fit one.
        std::vector<std::size_t> unitEnd(rows_.size());
        std::iota(unitEnd.begin(), unitEnd.end(), 0);
        for (std::size_t r = 0; r < rows_.size(); ++r) {
            for (const CellBox& box : rows_[r]) {
                if (box.cell->merge == Merge::Start) {
                    const std::size_t end = groupEnd(r, box.column);
                    if (sumHeights(r, end) <= pageHeight()) {
                        unitEnd[r] = std::max(unitEnd[r], end);
                    }
                }
            }
        }
        for (std::size_t r = 0; r < rows_.size();) {
            std::size_t end = unitEnd[r];
            for (std::size_t k = r; k <= end; ++k) {
                end = std::max(end, unitEnd[k]);
            }
            placeUnit(r, end);
            r = end + 1;
        }
        flushPending();
    }

    PdfLayout finish() {
        flushPending();
        return std::move(layout_);
    }

  private:
    double bottom() const { return layout_.pageSize.height() - kMargin; }
    double pageHeight() const { return bottom() - kMargin; }
    double contentWidth() const { return layout_.pageSize.width() - 2 * kMargin; }
    bool atTop() const { return y_ <= kMargin; }
    PdfPage& page() { return layout_.pages.back(); }

    void newPage() {
        flushPending();
        layout_.pages.emplace_back();
        y_ = kMargin;
    }

    // Bottom edges left open for a merged cell that goes on: closed if the page ends first.
    void flushPending() {
        for (const auto& rule : pending_) {
            page().rules.push_back(rule);
        }
        pending_.clear();
    }

    std::shared_ptr<QTextLayout> paragraph(const Text& text, double width) const {
        QFont base{QString::fromLatin1(kPdfFontFamily)};
        base.setPointSizeF(text.halfPoints / 2.0);
        base.setBold(text.bold);
        const QFont font(base, &device_);
        // An empty paragraph still takes a line, as in Word.
        QString s = QString::fromStdString(text.text.empty() ? " " : text.text);
        s.replace(QChar('\n'), QChar::LineSeparator);
        auto layout = std::make_shared<QTextLayout>(s, font, &device_);
        QTextOption option(alignment(text.align));
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout->setTextOption(option);
        layout->beginLayout();
        double y = 0;
        for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        layout->endLayout();
        return layout;
    }

    void measure(const Table& table) {
        const double tableWidth = std::accumulate(table.widths.begin(), table.widths.end(), 0.0);
        std::vector<double> columnX{kMargin + (contentWidth() - tableWidth) / 2};
        for (int w : table.widths) {
            columnX.push_back(columnX.back() + w);
        }
        const std::size_t columns = table.widths.size();
        rows_.clear();
        heights_.clear();
        for (const Row& row : table.rows) {
            std::vector<CellBox> boxes;
            double height = row.minHeight;
            std::size_t column = 0;
            for (const Cell& cell : row.cells) {
                if (column >= columns) {
                    break;
                }
                const std::size_t end =
                    std::min(columns, column + static_cast<std::size_t>(std::max(cell.span, 1)));
                CellBox box{&cell, column, columnX[column], columnX[end] - columnX[column]};
                if (cell.merge != Merge::Continue) {
                    fill(box);
                }
                if (cell.merge == Merge::None) {
                    height = std::max(height, box.contentHeight + 2 * kPadY);
                }
                boxes.push_back(std::move(box));
                column = end;
            }
            rows_.push_back(std::move(boxes));
            heights_.push_back(height);
        }
        // A merged cell's content needs the rows it joins to be tall enough together.
        for (std::size_t r = 0; r < rows_.size(); ++r) {
            for (const CellBox& box : rows_[r]) {
                if (box.cell->merge == Merge::Start) {
                    const std::size_t end = groupEnd(r, box.column);
                    const double need = box.contentHeight + 2 * kPadY;
                    const double have = sumHeights(r, end);
                    if (need > have) {
                        heights_[end] += need - have;
                    }
                }
            }
        }
    }

    void fill(CellBox& box) const {
        const double inner = std::max(box.width - 2 * kPadX, 1.0);
        if (box.cell->picture) {
            const Picture& picture = *box.cell->picture;
            box.pieces.push_back({nullptr, 0, &picture, picture.heightMm * kTwipsPerMm});
        }
        for (const Text& text : box.cell->paragraphs) {
            const auto layout = paragraph(text, inner);
            for (int i = 0; i < layout->lineCount(); ++i) {
                box.pieces.push_back({layout, i, nullptr, layout->lineAt(i).height()});
            }
        }
        for (const Piece& piece : box.pieces) {
            box.contentHeight += piece.height;
        }
    }

    bool continuesAt(std::size_t r, std::size_t column) const {
        return r < rows_.size() &&
               std::any_of(rows_[r].begin(), rows_[r].end(), [column](const CellBox& box) {
                   return box.column == column && box.cell->merge == Merge::Continue;
               });
    }

    std::size_t groupEnd(std::size_t r, std::size_t column) const {
        std::size_t end = r;
        while (continuesAt(end + 1, column)) {
            ++end;
        }
        return end;
    }

    double sumHeights(std::size_t from, std::size_t to) const {
        return std::accumulate(heights_.begin() + static_cast<std::ptrdiff_t>(from),
                               heights_.begin() + static_cast<std::ptrdiff_t>(to) + 1, 0.0);
    }

    void placeUnit(std::size_t first, std::size_t last) {
        const double height = sumHeights(first, last);
        if (height <= bottom() - y_) {
            placeWhole(first, last);
        } else if (first == last && (!table_->rows[first].keepWhole || height > pageHeight())) {
            placeFlowing(first);
        } else if (height <= pageHeight()) {
            newPage();
            placeWhole(first, last);
        } else {
            for (std::size_t r = first; r <= last; ++r) {
                placeUnit(r, r);
            }
        }
    }

    void placeWhole(std::size_t first, std::size_t last) {
        for (std::size_t r = first; r <= last; ++r) {
            pending_.clear();  // the cell above goes on into this row
            const double top = y_;
            const double height = heights_[r];
            for (const CellBox& box : rows_[r]) {
                frame(box, r, top, height, box.cell->merge != Merge::Continue || atTop(), true);
                double room = height;
                if (box.cell->merge == Merge::Start) {
                    const std::size_t end = groupEnd(r, box.column);
                    room = end <= last ? sumHeights(r, end) : height;
                }
                place(box.pieces, 0, box.pieces.size(), box,
                      top + std::max(kPadY, (room - box.contentHeight) / 2));
            }
            page().rows.push_back({tableIndex_, r, true, true});
            y_ += height;
        }
    }

    // A row that may go over pages: each page takes the whole lines that fit in its room.
    void placeFlowing(std::size_t r) {
        std::vector<std::size_t> cursor(rows_[r].size(), 0);
        double placed = 0;
        bool first = true;
        for (;;) {
            const double room = bottom() - y_;
            if (room < kMinFlowStart && !atTop()) {
                newPage();
                continue;
            }
            pending_.clear();
            std::vector<std::size_t> end(cursor);
            double used = 0;
            bool done = true;
            for (std::size_t i = 0; i < rows_[r].size(); ++i) {
                const auto& pieces = rows_[r][i].pieces;
                double sum = 0;
                while (end[i] < pieces.size() && sum + pieces[end[i]].height <= room - 2 * kPadY) {
                    sum += pieces[end[i]++].height;
                }
                // Nothing fits even a fresh page (a picture taller than it): place it anyway.
                if (end[i] == cursor[i] && end[i] < pieces.size() && atTop()) {
                    sum += pieces[end[i]++].height;
                }
                done = done && end[i] == pieces.size();
                used = std::max(used, sum);
            }
            const double height =
                done
                    ? std::min(room, std::max(used + 2 * kPadY, table_->rows[r].minHeight - placed))
                    : room;
            const double top = y_;
            for (std::size_t i = 0; i < rows_[r].size(); ++i) {
                const CellBox& box = rows_[r][i];
                frame(box, r, top, height, box.cell->merge != Merge::Continue || atTop(), !done);
                place(box.pieces, cursor[i], end[i], box, top + kPadY);
            }
            page().rows.push_back({tableIndex_, r, first, done});
            y_ += height;
            placed += height;
            cursor = end;
            first = false;
            if (done) {
                return;
            }
            newPage();
        }
    }

    void frame(const CellBox& box, std::size_t r, double top, double height, bool withTop,
               bool forceBottom) {
        const double left = box.x;
        const double right = box.x + box.width;
        const double base = top + height;
        auto& rules = page().rules;
        rules.push_back({{left, top}, {left, base}});
        rules.push_back({{right, top}, {right, base}});
        if (withTop) {
            rules.push_back({{left, top}, {right, top}});
        }
        if (forceBottom || !continuesAt(r + 1, box.column)) {
            rules.push_back({{left, base}, {right, base}});
        } else {
            pending_.push_back({{left, base}, {right, base}});
        }
    }

    void place(const std::vector<Piece>& pieces, std::size_t from, std::size_t to,
               const CellBox& box, double top) {
        double y = top;
        for (std::size_t k = from; k < to; ++k) {
            const Piece& piece = pieces[k];
            if (piece.picture) {
                const double w = piece.picture->widthMm * kTwipsPerMm;
                page().pictures.push_back(
                    {piece.picture, QRectF(box.x + (box.width - w) / 2, y, w, piece.height)});
            } else {
                page().lines.push_back(
                    {piece.layout, piece.line,
                     QPointF(box.x + kPadX, y - piece.layout->lineAt(piece.line).y())});
            }
            y += piece.height;
        }
    }

    const QPaintDevice& device_;
    PdfLayout layout_;
    double y_ = kMargin;
    const Table* table_ = nullptr;  // the one being placed, and its index in the document
    std::size_t tableIndex_ = 0;
    std::vector<std::vector<CellBox>> rows_;  // per row of table_, its cells measured
    std::vector<double> heights_;
    std::vector<std::pair<QPointF, QPointF>> pending_;
};

void requireFont() {
    if (!QFontDatabase::hasFamily(QString::fromLatin1(kPdfFontFamily))) {
        throw AppError(ErrorKind::Problem, "font_missing",
                       std::string("找不到字体 ") + kPdfFontFamily +
                           "，无法生成 PDF（请安装 Debian 软件包 fonts-noto-cjk）");
    }
}
}  // namespace

PdfLayout layoutForPdf(const FlowDocument& document, const QPaintDevice& device) {
    GuiRuntime::require();
    requireFont();
    // A4 in twips.
    const QSizeF a4(11906, 16838);
    Paginator paginator(device, document.landscape ? a4.transposed() : a4);
    std::size_t tables = 0;
    for (const Block& block : document.blocks) {
        switch (block.kind) {
            case Block::Kind::Text:
                paginator.text(block.text);
                break;
            case Block::Kind::Table:
                paginator.table(block.table, tables++);
                break;
            case Block::Kind::PageBreak:
                paginator.pageBreak();
                break;
        }
    }
    return paginator.finish();
}

}  // namespace baosong::app::documents
