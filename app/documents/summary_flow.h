#pragma once
// The 汇总表 (附件2) as one flow document, from which both the Word file and the PDF are
// written, so they carry the same 附件 label, title, 推荐单位（盖章） line and ten columns in
// the same order; the header row repeats on every page in both. The Excel file is laid out
// in summary_files.h.

#include <string>

#include "flow_document.h"
#include "summary_table.h"

namespace baosong::app::documents {

FlowDocument summaryFlow(const SummaryDocument& summary);
// The files' bytes; the same summary gives the same bytes.
std::string summaryDocx(const SummaryDocument& summary);
std::string summaryPdf(const SummaryDocument& summary);

}  // namespace baosong::app::documents
