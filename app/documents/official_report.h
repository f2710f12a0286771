#pragma once
// A report laid out as GB/T 9704-2012 sets the text of a 公文 (§7.3): the title in 二号
// (小标宋 there; 宋体 bold here, the nearest face every office machine has), the running
// text in 三号 仿宋 with each paragraph two characters in, first-level headings ("一、…")
// in 黑体 and second-level ones ("（一）…") in 楷体, and the sender and date at the right,
// kept on the page of the last paragraph. Both 推荐工作情况报告 are laid out here: the
// unit's (report.h) and the office's (office_set_documents.h).

#include <string>
#include <vector>

#include "flow_document.h"

namespace baosong::app::documents {

// The 推荐工作情况报告's title, as both reports give it.
inline const std::vector<std::string> kReportTitleLines = {"2023 年“最美科技工作者”",
                                                           "推荐工作情况报告"};

struct OfficialReport {
    // The title as it turns: 二号 holds 20 characters to the line, and a long title turns
    // where its words allow, not wherever the line runs out (GB/T 9704 §7.3.3).
    std::vector<std::string> titleLines;
    std::string date;                     // "2023-07-10": the PDF's date and the date line
    std::vector<std::string> paragraphs;  // as written; an empty one is a blank line
    std::string signer;                   // "推荐单位（盖章）：…"
};

FlowDocument officialReportFlow(const OfficialReport& report);

// The face a paragraph of running text takes: a line that is a heading by itself (opens
// with "一、" or "（一）" and holds no full stop) takes its level's face, any other 仿宋.
Face paragraphFace(const std::string& paragraph);

}  // namespace baosong::app::documents
