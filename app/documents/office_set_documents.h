#pragma once
// The office's own documents in the set it sends on to 内蒙古科协 (通知“三、(三)”:
// 国防科工办统一审核推荐): its 推荐工作情况报告, which tells its 审核 (units received,
// candidates, decisions), and the README of the set: what is in it, what to print, stamp
// and scan, and where to send it (the notice's mailbox and address for 内蒙古科协).

#include <string>
#include <vector>

#include "flow_document.h"

namespace baosong::app::documents {

// The office as the notice names it for defense units (附件1 填表说明 2).
inline constexpr const char* kOfficeName = "内蒙古自治区国防科学技术工业办公室";

struct OfficeSetFacts {
    std::string date;      // "2023-07-14": the set's date (Asia/Shanghai)
    std::string deadline;  // the rule set's, "2023-07-16"
    struct Unit {
        std::string name;
        std::string id;
        long long revision = 0;
        int candidates = 0;
    };
    std::vector<Unit> units;
    struct Forwarded {
        std::string name;
        std::string unit;
        std::string unitId;  // where it came from: kept by the office, not on the 汇总表
        long long revision = 0;
        std::string bundleSha256;
    };
    std::vector<Forwarded> forwarded;  // in 序号 order
    int withheld = 0;
    std::vector<std::string> stampedSlots;  // the scans the office adds, paths in the set
};

FlowDocument officeWorkReport(const OfficeSetFacts& facts);
std::string officeSetReadme(const OfficeSetFacts& facts);
// Where each row of the 汇总表 came from (序号, 姓名, unit, its id, revision, bundle), as
// tab-separated text the office keeps and does not send.
std::string officeSetSources(const OfficeSetFacts& facts);

}  // namespace baosong::app::documents
