#pragma once
// The 汇总表 (附件2) as PDF, for the office's set (Word, Excel and PDF): the same title,
// 推荐单位（盖章） line and ten columns as summary_files.h, laid out as a flow document on a
// landscape page, so the header row repeats nothing Word and Excel do not show.

#include <string>

#include "flow_document.h"
#include "summary_table.h"

namespace baosong::app::documents {

FlowDocument summaryFlow(const SummaryDocument& summary);
std::string summaryPdf(const SummaryDocument& summary);

}  // namespace baosong::app::documents
