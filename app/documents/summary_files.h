#pragma once
// The 汇总表 (附件2) written as Word and as Excel, both from the same SummaryDocument and
// both laid out here: the title, the 推荐单位（盖章） line, the ten columns, one row per
// candidate numbered through, and a heading row per sending unit where there are several.

#include <string>

#include "summary_table.h"

namespace baosong::app::documents {

// The files' bytes; the same summary gives the same bytes.
std::string summaryDocx(const SummaryDocument& summary);
std::string summaryXlsx(const SummaryDocument& summary);

// Each writes path (never overwriting: AppError BadInput "target_exists") atomically.
void writeSummaryDocx(const std::string& path, const SummaryDocument& summary);
void writeSummaryXlsx(const std::string& path, const SummaryDocument& summary);

}  // namespace baosong::app::documents
