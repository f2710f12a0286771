#include "submission_documents.h"

#include "documents/flow_docx.h"
#include "documents/flow_pdf.h"
#include "documents/recommendation_form.h"
#include "documents/report.h"
#include "documents/summary_files.h"
#include "documents/summary_flow.h"
#include "export_payload.h"

namespace baosong::app {

std::vector<DocumentFile> submissionDocuments(
    const policy::Submission& s,
    const std::function<std::vector<std::uint8_t>(const std::string& storedPath)>& photoOf) {
    std::vector<DocumentFile> files;
    const std::vector<std::string> names = formFileNames(s);
    for (std::size_t i = 0; i < s.candidates.size(); ++i) {
        const policy::Candidate& c = s.candidates[i];
        const std::string& name = names[i];
        std::optional<std::vector<std::uint8_t>> photo;
        if (!c.photo.empty()) {
            photo = photoOf(c.photo);
        }
        const documents::FlowDocument form = documents::recommendationForm(s, i, photo);
        files.push_back({"推荐表/" + name + ".docx", documents::flowDocx(form)});
        files.push_back({"推荐表/" + name + ".pdf", documents::flowPdf(form)});
    }
    const documents::SummaryDocument summary{
        documents::recommenderName(s), {{"", s.candidates}}, s.date};
    files.push_back({"汇总表.docx", documents::summaryDocx(summary)});
    files.push_back({"汇总表.xlsx", documents::summaryXlsx(summary)});
    files.push_back({"汇总表.pdf", documents::summaryPdf(summary)});
    const documents::FlowDocument report = documents::workReport(s);
    files.push_back({"推荐工作情况报告.docx", documents::flowDocx(report)});
    files.push_back({"推荐工作情况报告.pdf", documents::flowPdf(report)});
    return files;
}

}  // namespace baosong::app
