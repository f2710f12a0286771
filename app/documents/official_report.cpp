#include "official_report.h"

#include <string_view>

#include "document_date.h"

namespace baosong::app::documents {

namespace {
constexpr int kTitleSize = 44;  // 二号 = 22 pt, in half-points
constexpr int kTextSize = 32;   // 三号 = 16 pt

// The Chinese numerals GB/T 9704 headings count with, one UTF-8 character each.
bool isNumeral(std::string_view ch) {
    static constexpr std::string_view kNumerals[] = {"一", "二", "三", "四", "五", "六",
                                                     "七", "八", "九", "十", "〇"};
    for (const std::string_view n : kNumerals) {
        if (ch == n) {
            return true;
        }
    }
    return false;
}

// How many bytes of numerals text has from pos on (each numeral is three bytes).
std::size_t numeralsAt(std::string_view text, std::size_t pos) {
    std::size_t end = pos;
    while (end + 3 <= text.size() && isNumeral(text.substr(end, 3))) {
        end += 3;
    }
    return end - pos;
}
}  // namespace

Face paragraphFace(const std::string& paragraph) {
    const std::string_view text(paragraph);
    if (text.find("。") != std::string_view::npos) {
        return Face::Fang;
    }
    const std::size_t first = numeralsAt(text, 0);
    if (first > 0 && text.substr(first, 3) == "、") {
        return Face::Hei;
    }
    if (text.substr(0, 3) == "（") {
        const std::size_t second = numeralsAt(text, 3);
        if (second > 0 && text.substr(3 + second, 3) == "）") {
            return Face::Kai;
        }
    }
    return Face::Fang;
}

FlowDocument officialReportFlow(const OfficialReport& report) {
    std::string title;
    std::string lines;
    for (const std::string& line : report.titleLines) {
        title += line;
        lines += (lines.empty() ? "" : "\n") + line;
    }
    FlowDocument doc{title, report.date};
    auto& body = doc.blocks;
    body.push_back(Text{lines, true, kTitleSize, Align::Center});
    body.push_back(Text{"", false, kTextSize});
    for (const std::string& paragraph : report.paragraphs) {
        body.push_back(Text{paragraph.empty() ? paragraph : kParagraphIndent + paragraph, false,
                            kTextSize, Align::Left, false, paragraphFace(paragraph)});
    }
    // The stamp and date never stand alone on a page: the report's last line goes with them.
    body.back().text.keepWithNext = true;
    body.push_back(Text{"", false, kTextSize, Align::Left, true, Face::Fang});
    body.push_back(Text{report.signer, false, kTextSize, Align::Right, true, Face::Fang});
    body.push_back(
        Text{noticeDate(report.date), false, kTextSize, Align::Right, false, Face::Fang});
    return doc;
}

}  // namespace baosong::app::documents
