#include "document_maker.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <cmath>
#include <memory>
#include <random>
#include <stdexcept>

#include "jpeg_maker.h"
#include "ooxml/xml_part.h"
#include "ooxml/zip_package.h"
#include "policy/utf8_codec.h"

namespace baosong::test {

namespace {
struct SurfaceFree {
    void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};
struct CairoFree {
    void operator()(cairo_t* c) const { cairo_destroy(c); }
};
using Surface = std::unique_ptr<cairo_surface_t, SurfaceFree>;
using Cairo = std::unique_ptr<cairo_t, CairoFree>;

cairo_status_t appendTo(void* closure, const unsigned char* data, unsigned int length) {
    auto* out = static_cast<std::string*>(closure);
    out->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

// Words in `family` at `pixels` tall, their top left at the current point.
void showText(cairo_t* cr, const std::string& text, const char* family, double pixels) {
    PangoLayout* layout = pango_cairo_create_layout(cr);
    PangoFontDescription* font = pango_font_description_from_string(family);
    pango_font_description_set_absolute_size(font, pixels * PANGO_SCALE);
    pango_layout_set_font_description(layout, font);
    pango_layout_set_text(layout, text.c_str(), -1);
    pango_cairo_show_layout(cr, layout);
    pango_font_description_free(font);
    g_object_unref(layout);
}

void drawWords(cairo_t* cr, const DrawnWords& w) {
    cairo_save(cr);
    cairo_translate(cr, w.x, w.y);
    cairo_rotate(cr, w.angle * M_PI / 180.0);
    cairo_set_source_rgb(cr, 0.08, 0.08, 0.1);
    if (w.vertical) {
        double y = 0;
        for (const char32_t c : policy::decodeUtf8(w.text)) {
            std::string one;
            policy::appendUtf8(one, c);
            cairo_move_to(cr, 0, y);
            showText(cr, one, "Noto Sans CJK SC", w.size);
            y += w.size * 1.25;
        }
    } else {
        cairo_move_to(cr, 0, 0);
        showText(cr, w.text, "Noto Sans CJK SC", w.size);
    }
    cairo_restore(cr);
}

Surface drawPicture(const Picture& p) {
    Surface surface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, p.width, p.height));
    Cairo cr(cairo_create(surface.get()));
    if (p.photo) {
        // Sky above, ground below, a board behind each line of words, and sensor noise.
        cairo_pattern_t* sky = cairo_pattern_create_linear(0, 0, 0, p.height);
        cairo_pattern_add_color_stop_rgb(sky, 0, 0.55, 0.7, 0.9);
        cairo_pattern_add_color_stop_rgb(sky, 0.6, 0.85, 0.85, 0.8);
        cairo_pattern_add_color_stop_rgb(sky, 1, 0.5, 0.42, 0.3);
        cairo_set_source(cr.get(), sky);
        cairo_paint(cr.get());
        cairo_pattern_destroy(sky);
        for (const DrawnWords& w : p.words) {
            const double chars = static_cast<double>(policy::decodeUtf8(w.text).size());
            const double along = chars * w.size * (w.vertical ? 1.25 : 1.0);
            cairo_save(cr.get());
            cairo_translate(cr.get(), w.x, w.y);
            cairo_rotate(cr.get(), w.angle * M_PI / 180.0);
            cairo_set_source_rgb(cr.get(), 0.93, 0.92, 0.86);
            const double pad = w.size * 0.4;
            if (w.vertical) {
                cairo_rectangle(cr.get(), -pad, -pad, w.size * 1.2 + 2 * pad, along + 2 * pad);
            } else {
                cairo_rectangle(cr.get(), -pad, -pad, along + 2 * pad, w.size * 1.4 + 2 * pad);
            }
            cairo_fill(cr.get());
            cairo_restore(cr.get());
        }
    } else {
        cairo_set_source_rgb(cr.get(), 1, 1, 1);
        cairo_paint(cr.get());
    }
    for (const DrawnWords& w : p.words) {
        drawWords(cr.get(), w);
    }
    cairo_surface_flush(surface.get());
    if (p.photo) {
        std::mt19937 random(7);
        std::normal_distribution<double> noise(0, p.noise);
        unsigned char* data = cairo_image_surface_get_data(surface.get());
        const int stride = cairo_image_surface_get_stride(surface.get());
        for (int y = 0; y < p.height; ++y) {
            for (int x = 0; x < p.width * 4; ++x) {
                if (x % 4 == 3) {
                    continue;
                }
                auto& v = data[y * stride + x];
                v = static_cast<unsigned char>(std::clamp(v + noise(random), 0.0, 255.0));
            }
        }
        cairo_surface_mark_dirty(surface.get());
    }
    return surface;
}

constexpr double kA4Width = 595.276;
constexpr double kA4Height = 841.89;

void pageText(cairo_t* cr, const std::string& text, double scale) {
    cairo_set_source_rgb(cr, 0, 0, 0);
    PangoLayout* layout = pango_cairo_create_layout(cr);
    PangoFontDescription* font = pango_font_description_from_string("Noto Serif CJK SC");
    pango_font_description_set_absolute_size(font, 12 * scale * PANGO_SCALE);
    pango_layout_set_font_description(layout, font);
    pango_layout_set_width(layout, static_cast<int>((kA4Width - 144) * scale * PANGO_SCALE));
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_text(layout, text.c_str(), -1);
    cairo_move_to(cr, 72 * scale, 72 * scale);
    pango_cairo_show_layout(cr, layout);
    pango_font_description_free(font);
    g_object_unref(layout);
}
}  // namespace

std::vector<std::uint8_t> pictureJpeg(const Picture& picture, int quality) {
    const Surface surface = drawPicture(picture);
    const unsigned char* data = cairo_image_surface_get_data(surface.get());
    const int stride = cairo_image_surface_get_stride(surface.get());
    return makeJpeg(
        picture.width, picture.height,
        [&](int x, int y) {
            const unsigned char* px = data + y * stride + x * 4;  // B G R x, little-endian
            return Rgb{px[2], px[1], px[0]};
        },
        quality);
}

std::vector<std::uint8_t> picturePng(const Picture& picture) {
    const Surface surface = drawPicture(picture);
    std::string png;
    cairo_surface_write_to_png_stream(surface.get(), appendTo, &png);
    return {png.begin(), png.end()};
}

std::string textPdf(const std::vector<std::string>& pages) {
    std::string pdf;
    Surface surface(cairo_pdf_surface_create_for_stream(appendTo, &pdf, kA4Width, kA4Height));
    {
        Cairo cr(cairo_create(surface.get()));
        for (const std::string& page : pages) {
            pageText(cr.get(), page, 1.0);
            cairo_show_page(cr.get());
        }
    }
    cairo_surface_finish(surface.get());
    return pdf;
}

std::string scannedPdf(const std::vector<std::string>& pages) {
    constexpr double kDpi = 150;
    const double scale = kDpi / 72.0;
    std::string pdf;
    Surface surface(cairo_pdf_surface_create_for_stream(appendTo, &pdf, kA4Width, kA4Height));
    {
        Cairo cr(cairo_create(surface.get()));
        for (const std::string& page : pages) {
            Surface scan(cairo_image_surface_create(CAIRO_FORMAT_RGB24,
                                                    static_cast<int>(kA4Width * scale),
                                                    static_cast<int>(kA4Height * scale)));
            {
                Cairo paper(cairo_create(scan.get()));
                cairo_set_source_rgb(paper.get(), 0.97, 0.97, 0.95);
                cairo_paint(paper.get());
                pageText(paper.get(), page, scale);
            }
            cairo_save(cr.get());
            cairo_scale(cr.get(), 1 / scale, 1 / scale);
            cairo_set_source_surface(cr.get(), scan.get(), 0, 0);
            cairo_paint(cr.get());
            cairo_restore(cr.get());
            cairo_show_page(cr.get());
        }
    }
    cairo_surface_finish(surface.get());
    return pdf;
}

namespace {
const char* kXml = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
                   "\n";
const char* kRelsNs = "http://schemas.openxmlformats.org/package/2006/relationships";
const char* kOfficeRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const char* kW =
    R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")";

std::string escaped(const std::string& text) {
    std::string out;
    app::ooxml::appendEscaped(out, text, app::ooxml::XmlPlace::Attribute);
    return out;
}

std::string rel(const std::string& id, const std::string& type, const std::string& target,
                bool external = false) {
    return R"(<Relationship Id=")" + id + R"(" Type=")" + kOfficeRel + type + R"(" Target=")" +
           escaped(target) + (external ? R"(" TargetMode="External"/>)" : R"("/>)");
}

std::string rels(const std::string& body) {
    return kXml + std::string(R"(<Relationships xmlns=")") + kRelsNs + R"(">)" + body +
           "</Relationships>";
}

std::string coreXml(const OfficeMaking& m) {
    return kXml +
           std::string(
               R"(<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">)") +
           "<dc:title>推荐材料</dc:title><dc:creator>" + escaped(m.creator) +
           "</dc:creator><cp:lastModifiedBy>" + escaped(m.lastModifiedBy) +
           R"(</cp:lastModifiedBy><cp:revision>3</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2023-05-20T08:00:00Z</dcterms:created></cp:coreProperties>)";
}

std::string appXml(const OfficeMaking& m) {
    return kXml +
           std::string(
               R"(<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Template>Normal.dotm</Template><Application>Microsoft Office Word</Application><Company>)") +
           escaped(m.company) + "</Company></Properties>";
}

const char* kCustomXml =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="CustomSecretProperty"><vt:lpwstr>CustomPropertyValue</vt:lpwstr></property></Properties>)";

std::string paragraph(const std::string& text, bool traces, const std::string& extra = "") {
    return std::string("<w:p") +
           (traces ? R"( w:rsidR="00A1B2C3" w:rsidRDefault="00D4E5F6")" : "") + ">" + extra +
           "<w:r><w:t xml:space=\"preserve\">" + escaped(text) + "</w:t></w:r></w:p>";
}

std::vector<std::uint8_t> zipped(const std::vector<std::pair<std::string, std::string>>& parts) {
    std::vector<app::ooxml::PackagePartView> views;
    for (const auto& [name, data] : parts) {
        views.push_back({name, data});
    }
    const std::string bytes = app::ooxml::writePackage(views);
    return {bytes.begin(), bytes.end()};
}
}  // namespace

std::vector<std::uint8_t> makeDocx(const OfficeMaking& m) {
    std::vector<std::pair<std::string, std::string>> parts;
    std::string types =
        kXml +
        std::string(
            R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="jpeg" ContentType="image/jpeg"/><Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.printerSettings"/>)"
            R"(<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>)");
    std::string packageRels =
        rel("rId1", "officeDocument", "word/document.xml") +
        R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>)" +
        rel("rId3", "extended-properties", "docProps/app.xml");
    std::string documentRels = rel("rIdS", "settings", "settings.xml");
    std::string body;
    for (std::size_t i = 0; i < m.paragraphs.size(); ++i) {
        std::string extra;
        if (i == 0 && !m.comment.empty()) {
            extra = R"(<w:commentRangeStart w:id="0"/>)";
        }
        body += paragraph(m.paragraphs[i], m.traces, extra);
        if (i == 0 && !m.comment.empty()) {
            body +=
                R"(<w:p><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>)";
        }
    }
    if (!m.tableCell.empty()) {
        body +=
            R"(<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/></w:tblPr><w:tblGrid><w:gridCol w:w="8000"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="8000" w:type="dxa"/></w:tcPr>)" +
            paragraph(m.tableCell, m.traces) + "</w:tc></w:tr></w:tbl>";
    }
    // A tracked insertion by the comment's author.
    body += R"(<w:p><w:ins w:id="1" w:author=")" + escaped(m.commentAuthor) +
            R"(" w:date="2023-05-21T09:00:00Z"><w:r><w:t>补充。</w:t></w:r></w:ins></w:p>)";
    std::string sect = "<w:sectPr>";
    if (!m.header.empty()) {
        sect += R"(<w:headerReference w:type="default" r:id="rIdH"/>)";
        documentRels += rel("rIdH", "header", "header1.xml");
        types +=
            R"(<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>)";
        parts.emplace_back("word/header1.xml", kXml + std::string("<w:hdr ") + kW + ">" +
                                                   paragraph(m.header, m.traces) + "</w:hdr>");
    }
    sect +=
        R"(<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>)";
    if (!m.comment.empty()) {
        documentRels += rel("rIdC", "comments", "comments.xml");
        types +=
            R"(<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>)";
        parts.emplace_back("word/comments.xml",
                           kXml + std::string("<w:comments ") + kW +
                               R"(><w:comment w:id="0" w:author=")" + escaped(m.commentAuthor) +
                               R"(" w:date="2023-05-20T10:00:00Z" w:initials="ZS">)" +
                               paragraph(m.comment, m.traces) + "</w:comment></w:comments>");
    }
    std::string settings = kXml + std::string("<w:settings ") + kW + ">";
    std::string settingsRels;
    if (m.traces) {
        settings += R"(<w:attachedTemplate r:id="rIdT"/><w:printerSettings r:id="rIdP"/>)";
        settings +=
            R"(<w:rsids><w:rsidRoot w:val="00A1B2C3"/><w:rsid w:val="00D4E5F6"/></w:rsids>)";
        settingsRels =
            rel("rIdT", "attachedTemplate",
                "file:///C:/Users/zhangsan/AppData/Roaming/Microsoft/Templates/Normal.dotm", true) +
            rel("rIdP", "printerSettings", "printerSettings/printerSettings1.bin");
        parts.emplace_back("word/printerSettings/printerSettings1.bin",
                           "PrinterNameHP-LaserJet-ZHANGSAN-PC");
        packageRels +=
            rel("rId4", "custom-properties", "docProps/custom.xml") +
            R"(<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail" Target="docProps/thumbnail.jpeg"/>)";
        types +=
            R"(<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>)";
        parts.emplace_back("docProps/custom.xml", kCustomXml);
        const auto thumb = makeJpeg(8, 8, [](int, int) { return Rgb{200, 10, 10}; });
        parts.emplace_back("docProps/thumbnail.jpeg", std::string(thumb.begin(), thumb.end()));
    }
    settings += "</w:settings>";
    parts.emplace_back("word/settings.xml", settings);
    if (!settingsRels.empty()) {
        parts.emplace_back("word/_rels/settings.xml.rels", rels(settingsRels));
    }
    parts.emplace_back("word/document.xml", kXml + std::string("<w:document ") + kW + "><w:body>" +
                                                body + sect + "</w:body></w:document>");
    parts.emplace_back("word/_rels/document.xml.rels", rels(documentRels));
    parts.emplace_back("docProps/core.xml", coreXml(m));
    parts.emplace_back("docProps/app.xml", appXml(m));
    parts.emplace_back("_rels/.rels", rels(packageRels));
    parts.emplace(parts.begin(), "[Content_Types].xml", types + "</Types>");
    return zipped(parts);
}

std::vector<std::uint8_t> makeXlsx(const OfficeMaking& m) {
    std::vector<std::pair<std::string, std::string>> parts;
    parts.emplace_back(
        "[Content_Types].xml", kXml + std::
                                          string(R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>)"));
    parts.emplace_back(
        "_rels/.rels",
        rels(
            rel("rId1", "officeDocument", "xl/workbook.xml") +
            R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>)" +
            rel("rId3", "extended-properties", "docProps/app.xml")));
    parts.emplace_back(
        "xl/workbook.xml",
        kXml +
            std::string(
                R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac" mc:Ignorable="x15ac"><mc:AlternateContent><mc:Choice Requires="x15"><x15ac:absPath url="C:\Users\zhangsan\Desktop\"/></mc:Choice></mc:AlternateContent><sheets><sheet name="汇总" sheetId="1" r:id="rId1"/></sheets></workbook>)"));
    parts.emplace_back("xl/_rels/workbook.xml.rels",
                       rels(rel("rId1", "worksheet", "worksheets/sheet1.xml") +
                            rel("rId2", "sharedStrings", "sharedStrings.xml")));
    std::string rows;
    std::string strings;
    for (std::size_t i = 0; i < m.paragraphs.size(); ++i) {
        rows += R"(<row r=")" + std::to_string(i + 1) + R"("><c r="A)" + std::to_string(i + 1) +
                R"(" t="s"><v>)" + std::to_string(i) + "</v></c></row>";
        strings += "<si><t>" + escaped(m.paragraphs[i]) + "</t></si>";
    }
    parts.emplace_back(
        "xl/worksheets/sheet1.xml",
        kXml +
            std::string(
                R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>)") +
            rows +
            R"(</sheetData><pageSetup paperSize="9" orientation="portrait" r:id="rId1"/></worksheet>)");
    parts.emplace_back(
        "xl/worksheets/_rels/sheet1.xml.rels",
        rels(rel("rId1", "printerSettings", "../printerSettings/printerSettings1.bin") +
             rel("rId2", "comments", "../comments1.xml")));
    parts.emplace_back("xl/printerSettings/printerSettings1.bin",
                       "PrinterNameHP-LaserJet-ZHANGSAN-PC");
    parts.emplace_back(
        "xl/sharedStrings.xml",
        kXml +
            std::string(
                R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)") +
            strings + "</sst>");
    parts.emplace_back(
        "xl/comments1.xml",
        kXml +
            std::string(
                R"(<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>)") +
            escaped(m.commentAuthor) +
            R"(</author></authors><commentList><comment ref="A1" authorId="0"><text><r><t>)" +
            escaped(m.comment) + "</t></r></text></comment></commentList></comments>");
    parts.emplace_back("docProps/core.xml", coreXml(m));
    parts.emplace_back("docProps/app.xml", appXml(m));
    return zipped(parts);
}

}  // namespace baosong::test
