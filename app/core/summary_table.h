#pragma once
// The rows of the 候选人汇总表 (notice 附件2), in one place for every writer of it (the
// office's combined table now, the unit's DOCX and XLSX with the documents).

#include <string>
#include <vector>

#include "policy/submission.h"

namespace baosong::app {

// 序号, 姓名, 性别, 民族, 党派, 出生年月, 工作单位及职务职称, 专业专长,
// 是否曾获国家级荣誉表彰或中宣部"最美"系列称号, 研究领域属于理工农医哪科.
const std::vector<std::string>& summaryColumns();

// One candidate's row; number is the 序号 (from 1).
std::vector<std::string> summaryRow(const policy::Candidate& candidate, int number);

}  // namespace baosong::app
