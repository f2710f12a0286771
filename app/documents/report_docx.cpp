#include "report_docx.h"

#include "docx_package.h"
#include "wordml.h"

namespace baosong::app::documents {

std::string noticeDate(const std::string& isoDate) {
    if (isoDate.size() != 10 || isoDate[4] != '-' || isoDate[7] != '-') {
        return isoDate;
    }
    return isoDate.substr(0, 4) + " 年 " + isoDate.substr(5, 2) + " 月 " + isoDate.substr(8, 2) +
           " 日";
}

void writeReportDocx(const std::string& path, const policy::Submission& s) {
    using namespace wordml;
    std::string body =
        paragraph("2023 年“最美科技工作者”推荐工作情况报告", {true, 36}, Align::Center) +
        paragraph("");
    // One Word paragraph per line of the report, so its own breaks are kept.
    std::size_t start = 0;
    while (start <= s.report.size()) {
        const std::size_t end = std::min(s.report.find('\n', start), s.report.size());
        body += paragraph(s.report.substr(start, end - start), {false, 28});
        start = end + 1;
    }
    body += paragraph("") + paragraph("") +
            paragraph("推荐单位（盖章）：" + s.unit.name, {false, 28}, Align::Right) +
            paragraph(noticeDate(s.date), {false, 28}, Align::Right);
    writeDocx(path, {document(body, false), styles()});
}

}  // namespace baosong::app::documents
