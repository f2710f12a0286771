#pragma once
// `baosong office export` and `office set-check` (cli.md "The set for 内蒙古科协"): what the
// office sends on after its review (通知“三、(三)”: 国防科工办统一审核推荐; 电子版Word及
// 盖章版PDF各一套). Every document is made from the verified bundles the office received,
// never retyped: per forwarded candidate the 推荐表 with the office's 推荐单位意见, the
// combined 汇总表 with the office as 推荐单位 and one 序号 sequence, the office's own
// 推荐工作情况报告, the photos as the notice names them, a README, and the slots for the
// office's stamped scans, with a record (留存/) of where each row came from.

#include <string>
#include <vector>

#include "base/text.h"
#include "office_review.h"
#include "store/vault.h"

namespace baosong::app {

// The name of the set's folder inside DIR.
std::string officeSetFolderName(const std::string& campaign);

// Every reason the set cannot be made now, empty when it can: a candidate without an
// opinion or decision, a unit forwarding more than its quota, one person forwarded for two
// units, nobody forwarded, a forwarded candidate whose files the vault does not hold.
std::vector<Text> officeExportRefusals(Vault& vault, const OfficeReview& review,
                                       const std::string& campaign);

struct OfficeSetWritten {
    std::string folder;
    std::vector<std::string> files;  // relative to folder, sorted
    int forwarded = 0;
    int withheld = 0;
};

// Writes the set into the new folder DIR/officeSetFolderName (DIR must exist: "io_error";
// the set folder must not: "target_exists"); it appears complete or not at all. Throws
// AppError (Problem) "export_refused" with every refusal, "export_empty" when nothing was
// received. Audited as `office.export`.
OfficeSetWritten exportOfficeSet(Vault& vault, const std::string& campaign,
                                 const std::string& outDir, const std::string& actor);

struct OfficeSetCheck {
    std::vector<Text> problems;  // empty: complete and unchanged
    std::size_t files = 0;
    std::size_t stamped = 0;  // scans in place
};

// Whether the set in folder is as written and every stamped scan is in place as a PDF.
// Throws AppError (BadInput) "set_unreadable" when folder holds no set record.
OfficeSetCheck checkOfficeSet(const std::string& folder);

}  // namespace baosong::app
