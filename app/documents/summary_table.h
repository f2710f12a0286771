#pragma once
// The 候选人汇总表 (notice 附件2) as data, in one place for both of its files (DOCX and
// XLSX) and both of its users (a unit's own table, the office's combined one).

#include <string>
#include <vector>

#include "policy/submission.h"

namespace baosong::app::documents {

inline constexpr const char* kSummaryTitle = "2023 年“最美科技工作者”候选人汇总表";

// 序号, 姓名, 性别, 民族, 党派, 出生年月, 工作单位及职务职称, 专业专长,
// 是否曾获国家级荣誉表彰或中宣部“最美”系列称号, 研究领域属于理工农医哪科 (附件2, as written).
const std::vector<std::string>& summaryColumns();

// The columns' widths on landscape A4 in twips (13958 between the margins), for the Word
// table and the PDF alike: wide enough that a four-character 民族 (蒙古族, 达斡尔族), a
// Mongolian name written with its dot (额尔德尼·巴特尔) and a 出生年月 keep to one line.
const std::vector<int>& summaryColumnTwips();

// One candidate's row; number is the 序号 (from 1).
std::vector<std::string> summaryRow(const policy::Candidate& candidate, int number);

struct SummaryBlock {
    std::string heading;  // "" for a unit's own table; the sending unit in the office's
    std::vector<policy::Candidate> candidates;
};

struct SummaryDocument {
    std::string recommender;  // after "推荐单位（盖章）："; may stay blank for the stamp
    std::vector<SummaryBlock> blocks;
    std::string date = {};  // "2023-07-10": the files' creation time, fixed so they repeat
};

}  // namespace baosong::app::documents
