#include "report.h"

#include "base/temp_sibling.h"
#include "document_date.h"
#include "flow_docx.h"

namespace baosong::app::documents {

FlowDocument workReport(const policy::Submission& s) {
    FlowDocument doc{"2023 年“最美科技工作者”推荐工作情况报告", s.date};
    auto& body = doc.blocks;
    body.push_back(Text{"2023 年“最美科技工作者”推荐工作情况报告", true, 36, Align::Center});
    body.push_back(Text{""});
    // One paragraph per line of the report, so its own breaks are kept.
    std::size_t start = 0;
    while (start <= s.report.size()) {
        const std::size_t end = std::min(s.report.find('\n', start), s.report.size());
        const std::string paragraph = s.report.substr(start, end - start);
        body.push_back(
            Text{paragraph.empty() ? paragraph : kParagraphIndent + paragraph, false, 28});
        start = end + 1;
    }
    // The stamp and date never stand alone on a page: the report's last line goes with them.
    body.back().text.keepWithNext = true;
    body.push_back(Text{"", false, 21, Align::Left, true});
    body.push_back(Text{"", false, 21, Align::Left, true});
    body.push_back(Text{"推荐单位（盖章）：" + s.unit.name, false, 28, Align::Right, true});
    body.push_back(Text{noticeDate(s.date), false, 28, Align::Right});
    return doc;
}

void writeReportDocx(const std::string& path, const policy::Submission& s) {
    writeNewFile(path, flowDocx(workReport(s)));
}

}  // namespace baosong::app::documents
