#include "wordml.h"

#include "ooxml/xml_part.h"

namespace baosong::app::documents::wordml {

namespace {
constexpr const char* kNamespace =
    R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")";
// What a document with pictures also needs (DrawingML, relationships).
constexpr const char* kDrawingNamespaces =
    R"( xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")"
    R"( xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing")"
    R"( xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main")"
    R"( xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture")";

const char* alignValue(Align align) {
    switch (align) {
        case Align::Center:
            return "center";
        case Align::Right:
            return "right";
        case Align::Left:
            break;
    }
    return "left";
}

std::string runs(std::string_view text, const RunStyle& style) {
    std::string props = "<w:rPr>";
    if (style.face != Face::Song) {  // 宋体 is the document default (styles())
        props += std::string("<w:rFonts w:eastAsia=\"") + fontName(style.face) +
                 "\" w:hint=\"eastAsia\"/>";
    }
    if (style.bold) {
        props += "<w:b/><w:bCs/>";
    }
    const std::string size = std::to_string(style.halfPoints);
    props += "<w:sz w:val=\"" + size + "\"/><w:szCs w:val=\"" + size + "\"/></w:rPr>";
    std::string out = "<w:r>" + props;
    std::size_t start = 0;
    for (;;) {
        const std::size_t end = text.find('\n', start);
        out += "<w:t xml:space=\"preserve\">" + escape(text.substr(start, end - start)) + "</w:t>";
        if (end == std::string_view::npos) {
            break;
        }
        out += "<w:br/>";
        start = end + 1;
    }
    return out + "</w:r>";
}
}  // namespace

const char* fontName(Face face) {
    switch (face) {
        case Face::Fang:
            return "仿宋";
        case Face::Hei:
            return "黑体";
        case Face::Kai:
            return "楷体";
        case Face::Song:
            break;
    }
    return "宋体";
}

std::string escape(std::string_view text) {
    std::string out;
    ooxml::appendEscaped(out, text, ooxml::XmlPlace::Text);
    return out;
}

std::string paragraph(std::string_view text, const RunStyle& style, Align align, bool keepNext) {
    return std::string("<w:p><w:pPr>") + (keepNext ? "<w:keepNext/>" : "") + "<w:jc w:val=\"" +
           alignValue(align) + "\"/></w:pPr>" + runs(text, style) + "</w:p>";
}

std::string table(const std::vector<int>& widths, const std::vector<std::vector<Cell>>& rows,
                  int headerRows) {
    std::vector<Row> whole;
    for (const auto& cells : rows) {
        whole.push_back({cells, true, 0});
    }
    return table(widths, whole, headerRows);
}

std::string table(const std::vector<int>& widths, const std::vector<Row>& rows, int headerRows) {
    std::string out =
        "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/><w:jc w:val=\"center\"/>"
        "<w:tblBorders>";
    for (const char* side : {"top", "left", "bottom", "right", "insideH", "insideV"}) {
        out += std::string("<w:") + side +
               " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>";
    }
    out += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>";
    for (int w : widths) {
        out += "<w:gridCol w:w=\"" + std::to_string(w) + "\"/>";
    }
    out += "</w:tblGrid>";
    for (std::size_t r = 0; r < rows.size(); ++r) {
        out += "<w:tr><w:trPr>";
        if (rows[r].keepWhole) {
            out += "<w:cantSplit/>";
        }
        if (rows[r].minHeight > 0) {
            out += "<w:trHeight w:val=\"" + std::to_string(rows[r].minHeight) + "\"/>";
        }
        if (static_cast<int>(r) < headerRows) {
            out += "<w:tblHeader/>";
        }
        out += "</w:trPr>";
        std::size_t column = 0;
        for (const Cell& cell : rows[r].cells) {
            int width = 0;
            for (int k = 0; k < cell.span && column + static_cast<std::size_t>(k) < widths.size();
                 ++k) {
                width += widths[column + static_cast<std::size_t>(k)];
            }
            column += static_cast<std::size_t>(cell.span);
            out += "<w:tc><w:tcPr><w:tcW w:w=\"" + std::to_string(width) + "\" w:type=\"dxa\"/>";
            if (cell.span > 1) {
                out += "<w:gridSpan w:val=\"" + std::to_string(cell.span) + "\"/>";
            }
            if (cell.merge == Merge::Start) {
                out += "<w:vMerge w:val=\"restart\"/>";
            } else if (cell.merge == Merge::Continue) {
                out += "<w:vMerge/>";
            }
            // Running text starts at the top of its box; short fields sit in the middle.
            out += rows[r].keepWhole ? "<w:vAlign w:val=\"center\"/></w:tcPr>"
                                     : "<w:vAlign w:val=\"top\"/></w:tcPr>";
            // A cell must hold at least one paragraph (ECMA-376 §17.4.66).
            out += cell.xml.empty() ? paragraph(cell.text, {cell.bold, 21}, cell.align) : cell.xml;
            out += "</w:tc>";
        }
        out += "</w:tr>";
    }
    return out + "</w:tbl>";
}

std::string inlineImage(const std::string& relId, int id, double widthMm, double heightMm) {
    // 36,000 EMU per millimetre (ECMA-376 §20.1.2.1).
    const std::string cx = std::to_string(static_cast<long long>(widthMm * 36000));
    const std::string cy = std::to_string(static_cast<long long>(heightMm * 36000));
    const std::string n = std::to_string(id);
    return "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:drawing>"
           "<wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"" +
           cx + "\" cy=\"" + cy + "\"/><wp:docPr id=\"" + n + "\" name=\"照片" + n +
           "\"/><a:graphic><a:graphicData "
           "uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic>"
           "<pic:nvPicPr><pic:cNvPr id=\"" +
           n + "\" name=\"照片" + n +
           "\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed=\"" + relId +
           "\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm>"
           "<a:off x=\"0\" y=\"0\"/><a:ext cx=\"" +
           cx + "\" cy=\"" + cy +
           "\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>"
           "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>";
}

std::string pageBreak() {
    return "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>";
}

std::string document(const std::string& body, bool landscape) {
    // A4 = 11906 × 16838 twentieths of a point; 2.54 cm margins.
    const std::string size = landscape ? R"(<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>)"
                                       : R"(<w:pgSz w:w="11906" w:h="16838"/>)";
    return std::string(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)") + "\n" +
           "<w:document " + kNamespace + kDrawingNamespaces + "><w:body>" + body + "<w:sectPr>" +
           size +
           R"(<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="851" w:footer="992" w:gutter="0"/>)" +
           "</w:sectPr></w:body></w:document>";
}

std::string styles() {
    return std::string(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)") + "\n" +
           "<w:styles " + kNamespace +
           "><w:docDefaults><w:rPrDefault><w:rPr>"
           R"(<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体" w:cs="Times New Roman"/>)"
           R"(<w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/>)"
           "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"300\" "
           "w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
           R"(<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>)"
           "</w:styles>";
}

std::string fontTable() {
    struct Font {
        Face face;
        const char* altName;  // the name an English Windows gives it
        const char* panose;   // PANOSE-1, as Word records it for the Windows font
        const char* family;
        const char* pitch;
    };
    static const Font fonts[] = {
        {Face::Song, "SimSun", "02010600030101010101", "auto", "variable"},
        {Face::Fang, "FangSong", "02010609060101010101", "modern", "fixed"},
        {Face::Hei, "SimHei", "02010609060101010101", "modern", "fixed"},
        {Face::Kai, "KaiTi", "02010609060101010101", "modern", "fixed"},
    };
    std::string out = std::string(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)") +
                      "\n<w:fonts " + kNamespace + ">";
    for (const Font& f : fonts) {
        out += std::string("<w:font w:name=\"") + fontName(f.face) + "\"><w:altName w:val=\"" +
               f.altName + "\"/><w:panose1 w:val=\"" + f.panose +
               "\"/><w:charset w:val=\"86\"/><w:family w:val=\"" + f.family +
               "\"/><w:pitch w:val=\"" + f.pitch + "\"/></w:font>";
    }
    return out +
           R"(<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/>)"
           R"(<w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>)"
           "</w:fonts>";
}

}  // namespace baosong::app::documents::wordml
