#pragma once
// `baosong office summary` (cli.md): the combined 汇总表 of the latest accepted revision
// of each unit, as XLSX or DOCX (app/documents/summary_files.h).

#include <string>
#include <vector>

#include "store/office_store.h"
#include "store/vault.h"

namespace baosong::app {

struct SummaryWritten {
    std::string path;
    int units = 0;
    int candidates = 0;
    int unitsWithPolicyErrors = 0;
};

// The latest accepted revision of every unit (all campaigns when campaign is empty), with
// the unit's name as enrolled: what the office has received.
struct ReceivedFromUnit {
    std::string unitName;
    ReceivedBundle bundle;
};
std::vector<ReceivedFromUnit> latestReceived(Vault& vault, const std::string& campaign = "");

// Throws AppError (BadInput) "summary_format" for a name ending in neither .xlsx nor
// .docx, "target_exists"; (Problem) "summary_empty" when no bundle has been accepted.
SummaryWritten writeOfficeSummary(Vault& vault, const std::string& out, const std::string& actor);

}  // namespace baosong::app
