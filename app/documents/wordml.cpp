#include "wordml.h"

namespace baosong::app::documents::wordml {

namespace {
constexpr const char* kNamespace =
    R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")";

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

std::string escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&apos;";
                break;
            default:
                if (u >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                    out += c;
                }
        }
    }
    return out;
}

std::string paragraph(std::string_view text, const RunStyle& style, Align align) {
    return std::string("<w:p><w:pPr><w:jc w:val=\"") + alignValue(align) + "\"/></w:pPr>" +
           runs(text, style) + "</w:p>";
}

std::string table(const std::vector<int>& widths, const std::vector<std::vector<Cell>>& rows,
                  int headerRows) {
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
        out += "<w:tr><w:trPr><w:cantSplit/>";
        if (static_cast<int>(r) < headerRows) {
            out += "<w:tblHeader/>";
        }
        out += "</w:trPr>";
        std::size_t column = 0;
        for (const Cell& cell : rows[r]) {
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
            out +=
                "<w:vAlign w:val=\"center\"/></w:tcPr>" +
                paragraph(cell.text, {cell.bold, 21}, cell.span > 1 ? Align::Left : Align::Center) +
                "</w:tc>";
        }
        out += "</w:tr>";
    }
    return out + "</w:tbl>";
}

std::string document(const std::string& body, bool landscape) {
    // A4 = 11906 × 16838 twentieths of a point; 2.54 cm margins.
    const std::string size = landscape ? R"(<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>)"
                                       : R"(<w:pgSz w:w="11906" w:h="16838"/>)";
    return std::string(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)") + "\n" +
           "<w:document " + kNamespace + "><w:body>" + body + "<w:sectPr>" + size +
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

}  // namespace baosong::app::documents::wordml
