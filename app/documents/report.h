#pragma once
// The 推荐工作情况报告 (the notice, "三、(三) 1": a report that states the selection
// process, stamped by the 推荐单位) as a Word file: its title, the submission's report
// text paragraph by paragraph, and the unit and date lines where the stamp goes, laid out
// as official_report.h sets a report.

#include <string>

#include "flow_document.h"
#include "policy/submission.h"

namespace baosong::app::documents {

FlowDocument workReport(const policy::Submission& submission);

// Writes path (never overwriting: AppError BadInput "target_exists") atomically.
void writeReportDocx(const std::string& path, const policy::Submission& submission);

}  // namespace baosong::app::documents
