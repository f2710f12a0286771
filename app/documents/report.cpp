#include "report.h"

#include "base/temp_sibling.h"
#include "flow_docx.h"
#include "official_report.h"

namespace baosong::app::documents {

FlowDocument workReport(const policy::Submission& s) {
    OfficialReport report{kReportTitleLines, s.date, {}, "推荐单位（盖章）：" + s.unit.name};
    // One paragraph per line of the report, so its own breaks are kept.
    std::size_t start = 0;
    while (start <= s.report.size()) {
        const std::size_t end = std::min(s.report.find('\n', start), s.report.size());
        report.paragraphs.push_back(s.report.substr(start, end - start));
        start = end + 1;
    }
    return officialReportFlow(report);
}

void writeReportDocx(const std::string& path, const policy::Submission& s) {
    writeNewFile(path, flowDocx(workReport(s)));
}

}  // namespace baosong::app::documents
