#include "flow_pdf_layout.h"

#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <cstring>
#include <numeric>
#include <set>

#include "base/app_error.h"

namespace baosong::app::documents {

namespace {
constexpr double kMargin = 1440;  // 2.54 cm, as the Word files
constexpr double kPadX = 108;     // Word's default cell margins
constexpr double kPadY = 60;
constexpr double kMinFlowStart = 900;  // a flowing row starts on a new page below this room
constexpr double kTwipsPerMm = 1440 / 25.4;

struct GObjectUnref {
    void operator()(gpointer object) const { g_object_unref(object); }
};
struct FontDescriptionFree {
    void operator()(PangoFontDescription* font) const { pango_font_description_free(font); }
};
struct AttrListUnref {
    void operator()(PangoAttrList* list) const { pango_attr_list_unref(list); }
};
struct LayoutIterFree {
    void operator()(PangoLayoutIter* iter) const { pango_layout_iter_free(iter); }
};
struct FontOptionsDestroy {
    void operator()(cairo_font_options_t* options) const { cairo_font_options_destroy(options); }
};
struct PatternDestroy {
    void operator()(FcPattern* pattern) const { FcPatternDestroy(pattern); }
};

double twips(int pangoUnits) {
    return pango_units_to_double(pangoUnits);
}

// One line of a paragraph, relative to the paragraph's top-left corner.
struct LineBox {
    double x = 0;  // where alignment puts its start
    double top = 0;
    double height = 0;
    double baseline = 0;
};

struct Paragraph {
    std::shared_ptr<PangoLayout> layout;
    std::vector<LineBox> lines = {};
};

// A unit of cell content that is never cut: one line of text, or a picture.
struct Piece {
    std::shared_ptr<PangoLayout> layout;
    LineBox box;
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

PangoAlignment alignment(Align align) {
    switch (align) {
        case Align::Center:
            return PANGO_ALIGN_CENTER;
        case Align::Right:
            return PANGO_ALIGN_RIGHT;
        case Align::Left:
            break;
    }
    return PANGO_ALIGN_LEFT;
}

// Fonts measured as a PDF draws them: outlines at their design size, no hinting, glyph
// positions unrounded, so what the layout measures is what the page shows. A font map of
// its own, so nothing another caller set on a shared one changes the document.
std::unique_ptr<PangoContext, GObjectUnref> pdfContext() {
    std::unique_ptr<PangoFontMap, GObjectUnref> map(
        pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT));
    if (!map) {
        throw AppError(ErrorKind::Problem, "pdf_write_failed", app::Text("pdf_fonts_unusable"));
    }
    std::unique_ptr<PangoContext, GObjectUnref> context(pango_font_map_create_context(map.get()));
    // Font sizes are given in points; at 1440 dots per inch Pango measures in twips.
    pango_cairo_context_set_resolution(context.get(), kPdfResolution);
    const std::unique_ptr<cairo_font_options_t, FontOptionsDestroy> options(
        cairo_font_options_create());
    cairo_font_options_set_hint_style(options.get(), CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(options.get(), CAIRO_HINT_METRICS_OFF);
    pango_cairo_context_set_font_options(context.get(), options.get());
    pango_context_set_round_glyph_positions(context.get(), FALSE);
    // Simplified Chinese forms (the fonts' locl feature) whatever the user's locale.
    pango_context_set_language(context.get(), pango_language_from_string("zh-cn"));
    return context;
}

class Paginator {
  public:
    Paginator(PangoContext* context, double width, double height) : context_(context) {
        layout_.width = width;
        layout_.height = height;
        layout_.pages.emplace_back();
    }

    // Paragraphs kept together (keepWithNext): the first one's last line and every later
    // one start on a new page unless they all fit on this one, and fit on one page.
    void keepTogether(const std::vector<const Text*>& group) {
        std::vector<Paragraph> shaped;
        double height = 0;
        for (const Text* t : group) {
            shaped.push_back(shape(*t, contentWidth()));
            const auto& lines = shaped.back().lines;
            if (shaped.size() == 1) {
                height += lines.empty() ? 0 : lines.back().height;
            } else {
                for (const LineBox& line : lines) {
                    height += line.height;
                }
            }
        }
        std::size_t k = 0;
        if (y_ + height > bottom() && !atTop() && height <= pageHeight()) {
            // The first paragraph's earlier lines stay where they fit; its last goes over.
            const std::size_t last =
                shaped.front().lines.empty() ? 0 : shaped.front().lines.size() - 1;
            placeLines(shaped.front(), 0, last);
            newPage();
            placeLines(shaped.front(), last, shaped.front().lines.size());
            k = 1;
        }
        for (; k < shaped.size(); ++k) {
            placeLines(shaped[k], 0, shaped[k].lines.size());
        }
    }

    void text(const Text& text) {
        const Paragraph paragraph = shape(text, contentWidth());
        placeLines(paragraph, 0, paragraph.lines.size());
    }

    // Lines [from, to) of a shaped paragraph, each on a new page when it does not fit.
    void placeLines(const Paragraph& paragraph, std::size_t from, std::size_t to) {
        for (std::size_t i = from; i < to; ++i) {
            const LineBox& line = paragraph.lines[i];
            if (y_ + line.height > bottom() && !atTop()) {
                newPage();
            }
            placeLine(paragraph.layout, static_cast<int>(i), line, kMargin, y_ - line.top);
            y_ += line.height;
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
        const std::size_t header =
            std::min(rows_.size(), static_cast<std::size_t>(std::max(table.headerRows, 0)));
        headerHeight_ = header > 0 ? sumHeights(0, header - 1) : 0;
        for (std::size_t r = 0; r < rows_.size(); ++r) {
            for (const CellBox& box : rows_[r]) {
                if (box.cell->merge == Merge::Start) {
                    const std::size_t end = groupEnd(r, box.column);
                    if (sumHeights(r, end) <= tableRoom()) {
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
            // Once the header is down, every new page the table reaches starts with it.
            header_ = r >= header ? header : 0;
            placeUnit(r, end);
            r = end + 1;
        }
        header_ = 0;
        headerHeight_ = 0;
        flushPending();
    }

    PdfLayout finish() {
        flushPending();
        return std::move(layout_);
    }

  private:
    double bottom() const { return layout_.height - kMargin; }
    double pageHeight() const { return bottom() - kMargin; }
    double contentWidth() const { return layout_.width - 2 * kMargin; }
    bool atTop() const { return y_ <= pageTop_; }
    PdfPage& page() { return layout_.pages.back(); }
    // The height a table's rows have on a fresh page, below its repeated header.
    double tableRoom() const { return pageHeight() - headerHeight_; }

    void newPage() {
        flushPending();
        layout_.pages.emplace_back();
        y_ = kMargin;
        pageTop_ = kMargin;
        if (header_ > 0) {
            const std::size_t header = header_;
            header_ = 0;  // the header itself never asks for a new page
            placeWhole(0, header - 1);
            header_ = header;
            pageTop_ = y_;
        }
    }

    // Bottom edges left open for a merged cell that goes on: closed if the page ends first.
    void flushPending() {
        for (const auto& rule : pending_) {
            page().rules.push_back(rule);
        }
        pending_.clear();
    }

    // The paragraph's top-left corner at (x, y).
    void placeLine(const std::shared_ptr<PangoLayout>& layout, int index, const LineBox& line,
                   double x, double y) {
        page().lines.push_back({layout,
                                index,
                                {x + line.x, y + line.baseline},
                                y + line.top,
                                y + line.top + line.height});
    }

    Paragraph shape(const Text& text, double width) const {
        Paragraph paragraph{
            std::shared_ptr<PangoLayout>(pango_layout_new(context_), GObjectUnref())};
        PangoLayout* layout = paragraph.layout.get();
        const std::unique_ptr<PangoFontDescription, FontDescriptionFree> font(
            pango_font_description_new());
        pango_font_description_set_family_static(font.get(), faceFont(text.face).family);
        pango_font_description_set_size(font.get(), text.halfPoints * PANGO_SCALE / 2);
        pango_font_description_set_weight(font.get(),
                                          text.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
        pango_layout_set_font_description(layout, font.get());
        pango_layout_set_width(layout, pango_units_from_double(width));
        // Break between words, or anywhere in a word longer than the line (a public key).
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
        pango_layout_set_alignment(layout, alignment(text.align));
        // Pango would put a hyphen where it breaks a word: in a key or a fingerprint that is
        // a character too many, on paper and in the text a clerk copies.
        const std::unique_ptr<PangoAttrList, AttrListUnref> attributes(pango_attr_list_new());
        pango_attr_list_insert(attributes.get(), pango_attr_insert_hyphens_new(FALSE));
        pango_layout_set_attributes(layout, attributes.get());
        // A line feed starts a new line; an empty paragraph still takes one, as in Word.
        pango_layout_set_text(layout, text.text.data(), static_cast<int>(text.text.size()));
        const std::unique_ptr<PangoLayoutIter, LayoutIterFree> iter(pango_layout_get_iter(layout));
        do {
            int top = 0;
            int bottom = 0;
            pango_layout_iter_get_line_yrange(iter.get(), &top, &bottom);
            PangoRectangle logical{};
            pango_layout_iter_get_line_extents(iter.get(), nullptr, &logical);
            paragraph.lines.push_back({twips(logical.x), twips(top), twips(bottom - top),
                                       twips(pango_layout_iter_get_baseline(iter.get()))});
        } while (pango_layout_iter_next_line(iter.get()));
        return paragraph;
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
            box.pieces.push_back({nullptr, {}, 0, &picture, picture.heightMm * kTwipsPerMm});
        }
        for (const Text& text : box.cell->paragraphs) {
            const Paragraph paragraph = shape(text, inner);
            for (std::size_t i = 0; i < paragraph.lines.size(); ++i) {
                const LineBox& line = paragraph.lines[i];
                box.pieces.push_back(
                    {paragraph.layout, line, static_cast<int>(i), nullptr, line.height});
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
        } else if (first == last && (!table_->rows[first].keepWhole || height > tableRoom())) {
            placeFlowing(first);
        } else if (height <= tableRoom()) {
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
                // A merged cell that goes on into the next row has no bottom edge here (it
                // would cross its text); one left open at the foot of a page is closed there.
                frame(box, r, top, height, box.cell->merge != Merge::Continue || atTop(), false);
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
                    {piece.picture, {box.x + (box.width - w) / 2, y, w, piece.height}});
            } else {
                placeLine(piece.layout, piece.line, piece.box, box.x + kPadX, y - piece.box.top);
            }
            y += piece.height;
        }
    }

    PangoContext* context_;
    PdfLayout layout_;
    double y_ = kMargin;
    double pageTop_ = kMargin;  // where this page's own content starts
    std::size_t header_ = 0;    // header rows of the table being placed, while they repeat
    double headerHeight_ = 0;
    const Table* table_ = nullptr;  // the one being placed, and its index in the document
    std::size_t tableIndex_ = 0;
    std::vector<std::vector<CellBox>> rows_;  // per row of table_, its cells measured
    std::vector<double> heights_;
    std::vector<std::pair<Point, Point>> pending_;
};

// Fontconfig answers any request with its best match, another family if need be; only the
// face's own font will do, since the layout is measured and checked with it.
void requireFont(Face face) {
    const FaceFont wanted = faceFont(face);
    const std::unique_ptr<FcPattern, PatternDestroy> pattern(FcPatternCreate());
    bool found = false;
    if (pattern &&
        FcPatternAddString(pattern.get(), FC_FAMILY,
                           reinterpret_cast<const FcChar8*>(wanted.family)) &&
        FcConfigSubstitute(nullptr, pattern.get(), FcMatchPattern)) {
        FcDefaultSubstitute(pattern.get());
        FcResult result = FcResultNoMatch;
        const std::unique_ptr<FcPattern, PatternDestroy> match(
            FcFontMatch(nullptr, pattern.get(), &result));
        FcChar8* family = nullptr;
        for (int i = 0; match && !found &&
                        FcPatternGetString(match.get(), FC_FAMILY, i, &family) == FcResultMatch;
             ++i) {
            found = std::strcmp(reinterpret_cast<const char*>(family), wanted.family) == 0;
        }
    }
    if (!found) {
        throw AppError(
            ErrorKind::Problem, "font_missing",
            app::Text("font_missing").with("font", wanted.family).with("package", wanted.package));
    }
}

// Each face the document's paragraphs use, once.
std::set<Face> facesOf(const FlowDocument& document) {
    std::set<Face> faces;
    for (const Block& block : document.blocks) {
        if (block.kind == Block::Kind::Text) {
            faces.insert(block.text.face);
        }
        for (const Row& row : block.table.rows) {
            for (const Cell& cell : row.cells) {
                for (const Text& text : cell.paragraphs) {
                    faces.insert(text.face);
                }
            }
        }
    }
    return faces;
}
}  // namespace

FaceFont faceFont(Face face) {
    switch (face) {
        case Face::Hei:
            return {"Noto Sans CJK SC", "fonts-noto-cjk"};
        case Face::Kai:
            return {"AR PL UKai CN", "fonts-arphic-ukai"};
        case Face::Song:
        case Face::Fang:
            break;
    }
    return {"Noto Serif CJK SC", "fonts-noto-cjk"};
}

PdfLayout layoutForPdf(const FlowDocument& document) {
    for (const Face face : facesOf(document)) {
        requireFont(face);
    }
    const auto context = pdfContext();
    // A4 in twips.
    const double shortSide = 11906;
    const double longSide = 16838;
    Paginator paginator(context.get(), document.landscape ? longSide : shortSide,
                        document.landscape ? shortSide : longSide);
    std::size_t tables = 0;
    std::vector<const Text*> kept;  // paragraphs kept with the next one, waiting for it
    for (const Block& block : document.blocks) {
        if (block.kind == Block::Kind::Text && (block.text.keepWithNext || !kept.empty())) {
            kept.push_back(&block.text);
            if (!block.text.keepWithNext) {
                paginator.keepTogether(kept);
                kept.clear();
            }
            continue;
        }
        if (!kept.empty()) {  // kept with a table or a page break: placed as they come
            for (const Text* t : kept) {
                paginator.text(*t);
            }
            kept.clear();
        }
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
    for (const Text* t : kept) {
        paginator.text(*t);
    }
    return paginator.finish();
}

}  // namespace baosong::app::documents
