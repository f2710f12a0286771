#pragma once
// The 汇总表 (附件2) as Excel, laid out here from the same SummaryDocument as the Word file
// and the PDF (summary_flow.h): the title, the 推荐单位（盖章） line, the ten columns, one row
// per candidate numbered through, and a heading row per sending unit where there are
// several; and the writing of the Word and Excel files to disk.

#include <string>

#include "summary_table.h"

namespace baosong::app::documents {

// The file's bytes; the same summary gives the same bytes.
std::string summaryXlsx(const SummaryDocument& summary);

// Each writes path (never overwriting: AppError BadInput "target_exists") atomically.
void writeSummaryDocx(const std::string& path, const SummaryDocument& summary);
void writeSummaryXlsx(const std::string& path, const SummaryDocument& summary);

}  // namespace baosong::app::documents
