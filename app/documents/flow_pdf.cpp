#include "flow_pdf.h"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <turbojpeg.h>

#include <algorithm>
#include <bit>
#include <cctype>
#include <ctime>
#include <memory>

#include "base/app_error.h"
#include "document_date.h"
#include "flow_pdf_layout.h"

namespace baosong::app::documents {

namespace {
constexpr double kTwipsPerPoint = 20;
constexpr double kRuleWidth = 10;  // 0.5 pt, a thin table rule

struct CairoDestroy {
    void operator()(cairo_t* cr) const { cairo_destroy(cr); }
    void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
};
struct TurboJpegDestroy {
    void operator()(void* handle) const { tjDestroy(handle); }
};
using Surface = std::unique_ptr<cairo_surface_t, CairoDestroy>;

AppError failed(app::Text why) {
    return AppError(ErrorKind::Problem, "pdf_write_failed",
                    app::Text("pdf_write_failed").with("why", std::move(why)));
}

// A library's own words for what went wrong.
AppError libraryFailed(const char* detail) {
    return failed(app::Text("library_said").with("detail", detail));
}

// Cairo's output callback; no exception may cross into C.
cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
    try {
        static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
        return CAIRO_STATUS_SUCCESS;
    } catch (...) {
        return CAIRO_STATUS_WRITE_ERROR;
    }
}

// The photo as an image of the JPEG's size that carries the JPEG itself: Cairo's PDF
// surface then embeds those bytes (DCTDecode) instead of the pixels, which it uses only
// for a JPEG it cannot parse. Null when libjpeg-turbo cannot read the JPEG's header. jpeg
// must outlive the PDF surface, which keeps the image until it writes it.
Surface jpegImage(const std::vector<std::uint8_t>& jpeg) {
    const std::unique_ptr<void, TurboJpegDestroy> decoder(tjInitDecompress());
    int width = 0;
    int height = 0;
    int subsampling = 0;
    int colorspace = 0;
    if (!decoder || jpeg.empty() ||
        tjDecompressHeader3(decoder.get(), jpeg.data(), jpeg.size(), &width, &height, &subsampling,
                            &colorspace) != 0 ||
        width <= 0 || height <= 0) {  // a truncated header can read "successfully"
        return nullptr;
    }
    Surface image(cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height));
    if (cairo_surface_status(image.get()) != CAIRO_STATUS_SUCCESS) {
        return nullptr;
    }
    cairo_surface_flush(image.get());
    // CAIRO_FORMAT_RGB24 is one native-endian 32-bit word per pixel, 0xXXRRGGBB. A CMYK
    // JPEG does not decode to it and stays white: Cairo embeds it as it is all the same.
    const int format = std::endian::native == std::endian::little ? TJPF_BGRX : TJPF_XRGB;
    unsigned char* pixels = cairo_image_surface_get_data(image.get());
    const int stride = cairo_image_surface_get_stride(image.get());
    if (tjDecompress2(decoder.get(), jpeg.data(), jpeg.size(), pixels, width, stride, height,
                      format, 0) != 0) {
        std::fill_n(pixels, static_cast<std::size_t>(stride) * static_cast<std::size_t>(height),
                    0xFF);
    }
    cairo_surface_mark_dirty(image.get());
    if (cairo_surface_set_mime_data(image.get(), CAIRO_MIME_TYPE_JPEG, jpeg.data(), jpeg.size(),
                                    nullptr, nullptr) != CAIRO_STATUS_SUCCESS) {
        return nullptr;
    }
    return image;
}

void drawPicture(cairo_t* cr, const PlacedPicture& placed) {
    const Surface image = jpegImage(placed.picture->jpeg);
    const Rect& r = placed.rect;
    if (!image) {
        // The vault holds only checked JPEGs; an unreadable one still leaves its place
        // marked rather than stopping the document.
        cairo_rectangle(cr, r.x, r.y, r.width, r.height);
        cairo_stroke(cr);
        return;
    }
    cairo_save(cr);
    cairo_translate(cr, r.x, r.y);
    cairo_scale(cr, r.width / cairo_image_surface_get_width(image.get()),
                r.height / cairo_image_surface_get_height(image.get()));
    cairo_set_source_surface(cr, image.get(), 0, 0);
    cairo_paint(cr);
    cairo_restore(cr);
}

void draw(cairo_t* cr, const PdfPage& page) {
    for (const PlacedLine& line : page.lines) {
        cairo_move_to(cr, line.baseline.x, line.baseline.y);
        pango_cairo_show_layout_line(cr,
                                     pango_layout_get_line_readonly(line.layout.get(), line.line));
    }
    for (const PlacedPicture& picture : page.pictures) {
        drawPicture(cr, picture);
    }
    for (const auto& [from, to] : page.rules) {
        cairo_move_to(cr, from.x, from.y);
        cairo_line_to(cr, to.x, to.y);
    }
    cairo_stroke(cr);
}

// ISO 8601 for Cairo, which turns it into the PDF's date; an explicit +00:00 so that it
// writes a zone (and room for the "D:" prefixCreationDate adds).
std::string isoDate(std::time_t when) {
    std::tm tm{};
    char text[32];
    if (gmtime_r(&when, &tm) == nullptr ||
        std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S+00:00", &tm) == 0) {
        throw failed(app::Text("pdf_date_out_of_range"));
    }
    return text;
}

bool digitsAt(const std::string& text, std::size_t at, std::size_t count) {
    if (at + count > text.size()) {
        return false;
    }
    for (std::size_t i = at; i < at + count; ++i) {
        if (!std::isdigit(static_cast<unsigned char>(text[i]))) {
            return false;
        }
    }
    return true;
}
}  // namespace

void prefixCreationDate(std::string& pdf) {
    const std::string key = "/CreationDate (";
    const std::size_t at = pdf.find(key);
    if (at == std::string::npos || pdf.find(key, at + 1) != std::string::npos) {
        throw failed(app::Text("pdf_date_not_once"));
    }
    const std::size_t date = at + key.size();
    if (pdf.compare(date, 2, "D:") == 0) {
        return;
    }
    // cairo 1.16.0 ends the zone "+00'00)"; some later versions of it "+00'00')".
    std::size_t zone = 0;
    for (const std::string written : {"+00'00)", "+00'00')"}) {
        if (pdf.compare(date + 14, written.size(), written) == 0) {
            zone = written.size();
        }
    }
    if (!digitsAt(pdf, date, 14) || zone == 0) {
        throw failed(app::Text("pdf_date_format"));
    }
    // "DDDDDDDDDDDDDD+00'00)" becomes "D:DDDDDDDDDDDDDDZ)" and spaces to the same length,
    // white space between the dictionary's entries (ISO 32000-1 §7.2.2).
    std::string prefixed = "D:" + pdf.substr(date, 14) + "Z)";
    prefixed.resize(14 + zone, ' ');
    pdf.replace(date, 14 + zone, prefixed);
}

std::string flowPdf(const FlowDocument& document) {
    const PdfLayout layout = layoutForPdf(document);
    std::string pdf;
    {
        Surface surface(cairo_pdf_surface_create_for_stream(
            append, &pdf, layout.width / kTwipsPerPoint, layout.height / kTwipsPerPoint));
        cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE,
                                       document.title.c_str());
        cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "baosong");
        // Without it Cairo writes the clock's time in the local zone.
        cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATE_DATE,
                                       isoDate(documentTime(document.date)).c_str());
        const std::unique_ptr<cairo_t, CairoDestroy> cr(cairo_create(surface.get()));
        cairo_scale(cr.get(), 1 / kTwipsPerPoint, 1 / kTwipsPerPoint);  // draw in twips
        cairo_set_source_rgb(cr.get(), 0, 0, 0);
        cairo_set_line_width(cr.get(), kRuleWidth);
        // Square caps: rules that meet at a corner close it without a notch.
        cairo_set_line_cap(cr.get(), CAIRO_LINE_CAP_SQUARE);
        for (const PdfPage& page : layout.pages) {
            draw(cr.get(), page);
            cairo_show_page(cr.get());
        }
        if (cairo_status(cr.get()) != CAIRO_STATUS_SUCCESS) {
            throw libraryFailed(cairo_status_to_string(cairo_status(cr.get())));
        }
        cairo_surface_finish(surface.get());
        if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
            throw libraryFailed(cairo_status_to_string(cairo_surface_status(surface.get())));
        }
    }
    prefixCreationDate(pdf);
    return pdf;
}

}  // namespace baosong::app::documents
