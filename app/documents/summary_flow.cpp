#include "summary_flow.h"

#include "flow_docx.h"
#include "flow_pdf.h"

namespace baosong::app::documents {

FlowDocument summaryFlow(const SummaryDocument& summary) {
    FlowDocument doc{kSummaryTitle, summary.date};
    doc.landscape = true;
    doc.blocks.push_back(attachmentLabel("附件 2"));
    doc.blocks.push_back(Text{kSummaryTitle, true, 36, Align::Center});
    doc.blocks.push_back(Text{""});
    doc.blocks.push_back(Text{"推荐单位（盖章）：" + summary.recommender, false, 24});
    const std::vector<int>& widths = summaryColumnTwips();
    Table table{widths, {}, 1};
    Row head;
    for (const std::string& column : summaryColumns()) {
        head.cells.push_back(labelCell(column));
    }
    table.rows.push_back(head);
    int number = 1;
    for (const SummaryBlock& block : summary.blocks) {
        if (!block.heading.empty()) {
            table.rows.push_back(
                Row{{valueCell(block.heading, static_cast<int>(widths.size()), Align::Left)}});
        }
        for (const policy::Candidate& c : block.candidates) {
            Row row;
            for (const std::string& value : summaryRow(c, number)) {
                row.cells.push_back(valueCell(value));
            }
            table.rows.push_back(row);
            ++number;
        }
    }
    doc.blocks.push_back(table);
    return doc;
}

std::string summaryDocx(const SummaryDocument& summary) {
    return flowDocx(summaryFlow(summary));
}

std::string summaryPdf(const SummaryDocument& summary) {
    return flowPdf(summaryFlow(summary));
}

}  // namespace baosong::app::documents
