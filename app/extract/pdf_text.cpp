#include "pdf_text.h"

#include <leptonica/allheaders.h>
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include <algorithm>
#include <memory>

#include "base/app_error.h"
#include "policy/utf8_codec.h"

namespace baosong::app::extract {

namespace {
// Fewer characters than this on a page: it is a picture of a page (a scan), perhaps with
// a page number or a stray mark as text, and is read by OCR.
constexpr std::size_t kTextLayerMinimum = 8;

struct PixFree {
    void operator()(Pix* pix) const noexcept { pixDestroy(&pix); }
};

AppError unreadable(const std::string& path, const char* why) {
    return AppError(ErrorKind::BadInput, "attachment_malformed",
                    Text("attachment_malformed").with("name", path).with("detail", Text(why)));
}

// The text layer: boxes in reading order, a space where poppler saw one, a line break
// where the next box starts below the last.
TextPiece textLayer(const poppler::page& page, int number) {
    TextPiece piece;
    piece.page = number;
    const poppler::rectf size = page.page_rect(poppler::media_box);
    const double width = size.width() > 0 ? size.width() : 1;
    const double height = size.height() > 0 ? size.height() : 1;
    std::size_t at = 0;
    double lineBottom = -1;
    for (const poppler::text_box& box : page.text_list()) {
        const poppler::rectf r = box.bbox();
        if (lineBottom >= 0) {
            const bool below = r.top() >= lineBottom - r.height() / 2;
            piece.text += below ? '\n' : ' ';
            ++at;
        }
        const poppler::ustring word = box.text();
        for (std::size_t i = 0; i < word.size(); ++i) {
            char32_t c = word[i];
            const std::size_t first = i;
            if (c >= 0xD800 && c < 0xDC00 && i + 1 < word.size()) {
                c = 0x10000 + ((c - 0xD800) << 10) + (word[i + 1] - 0xDC00);
                ++i;
            }
            if (c < 0x20) {
                continue;
            }
            policy::appendUtf8(piece.text, c);
            const poppler::rectf cb = box.char_bbox(first);
            piece.runs.push_back(
                {at,
                 at + 1,
                 {cb.left() / width, cb.top() / height, cb.width() / width, cb.height() / height}});
            ++at;
        }
        lineBottom = r.bottom();
    }
    return piece;
}

std::size_t visibleCharacters(const TextPiece& piece) {
    return static_cast<std::size_t>(std::count_if(piece.text.begin(), piece.text.end(),
                                                  [](char c) { return c != ' ' && c != '\n'; }));
}

// The page drawn in grey at kScanDpi and read.
TextPiece scannedPage(const poppler::page& page, int number, OcrEngine& ocr,
                      const ReadProgress& progress) {
    poppler::page_renderer renderer;
    renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
    renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
    renderer.set_image_format(poppler::image::format_gray8);
    const poppler::image image = renderer.render_page(&page, kScanDpi, kScanDpi);
    if (!image.is_valid()) {
        TextPiece none;
        none.page = number;
        none.ocr = true;
        return none;
    }
    std::unique_ptr<Pix, PixFree> pix(pixCreate(image.width(), image.height(), 8));
    if (!pix) {
        throw std::bad_alloc();
    }
    for (int y = 0; y < image.height(); ++y) {
        const auto* row = reinterpret_cast<const std::uint8_t*>(image.const_data()) +
                          static_cast<std::ptrdiff_t>(y) * image.bytes_per_row();
        l_uint32* line =
            pixGetData(pix.get()) + static_cast<std::ptrdiff_t>(y) * pixGetWpl(pix.get());
        for (int x = 0; x < image.width(); ++x) {
            SET_DATA_BYTE(line, x, row[x]);
        }
    }
    TextPiece piece = ocr.read(pix.get(), kScanDpi, OcrEngine::Layout::Auto, progress);
    // A page in vertical lines (a traditional layout) is found by no automatic layout.
    if (visibleCharacters(piece) < kTextLayerMinimum) {
        const bool complete = piece.complete;
        piece = ocr.read(pix.get(), kScanDpi, OcrEngine::Layout::VerticalBlock, progress);
        piece.complete = piece.complete && complete;
    }
    piece.page = number;
    return piece;
}
}  // namespace

std::vector<TextPiece> pdfText(std::span<const std::uint8_t> pdf, const std::string& path,
                               OcrEngine& ocr, const ReadProgress& progress) {
    // A damaged file is said once, in the refusal, not in poppler's words on stderr.
    poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr);
    std::unique_ptr<poppler::document> document(poppler::document::load_from_raw_data(
        reinterpret_cast<const char*>(pdf.data()), static_cast<int>(pdf.size())));
    if (!document) {
        throw unreadable(path, "pdf_unreadable");
    }
    if (document->is_locked()) {
        throw unreadable(path, "pdf_locked");
    }
    std::vector<TextPiece> pieces;
    const int pages = document->pages();
    for (int i = 0; i < pages; ++i) {
        progress.checkCancelled();
        if (progress.step) {
            progress.step(path, i + 1, pages);
        }
        const std::unique_ptr<poppler::page> page(document->create_page(i));
        if (!page) {
            throw unreadable(path, "pdf_unreadable");
        }
        TextPiece piece = textLayer(*page, i + 1);
        if (visibleCharacters(piece) < kTextLayerMinimum) {
            piece = scannedPage(*page, i + 1, ocr, progress);
        }
        pieces.push_back(std::move(piece));
    }
    return pieces;
}

}  // namespace baosong::app::extract
