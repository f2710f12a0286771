#include "office_summary.h"

#include <map>
#include <nlohmann/json.hpp>

#include "base/app_error.h"
#include "documents/office_set_documents.h"
#include "documents/summary_files.h"
#include "policy/parse_error.h"
#include "policy/submission_json.h"
#include "store/audit_log.h"
#include "store/office_store.h"

namespace baosong::app {

SummaryWritten writeOfficeSummary(Vault& vault, const std::string& out, const std::string& actor) {
    const bool docx = out.ends_with(".docx");
    if (!docx && !out.ends_with(".xlsx")) {
        throw AppError(ErrorKind::BadInput, "summary_format",
                       Text("summary_format").with("path", out));
    }
    OfficeStore office(vault.db());
    office.recipient();  // an office vault
    const auto bundles = office.latestOfEachUnit("");
    if (bundles.empty()) {
        throw AppError(ErrorKind::Problem, "summary_empty", Text("summary_empty"));
    }
    SummaryWritten written{out, 0, 0, 0};
    // 推荐单位: the office itself (附件1 填表说明 2). A working sheet of everything received,
    // with a row naming each sending unit; the sheet sent on is `office export`'s.
    documents::SummaryDocument summary{documents::kOfficeName, {}, {}};
    for (const ReceivedBundle& b : bundles) {
        policy::Submission s;
        try {
            s = policy::parseSubmission(b.submission);
        } catch (const policy::ParseError& e) {
            throw AppError(
                ErrorKind::Problem, "vault_damaged",
                Text("office_unit_unreadable").with("unit", b.unitId).with("detail", e.what()));
        }
        ++written.units;
        written.unitsWithPolicyErrors += b.policyErrors > 0 ? 1 : 0;
        written.candidates += static_cast<int>(s.candidates.size());
        summary.blocks.push_back({"报送单位：" + s.unit.name + "（" + b.unitId + "，第" +
                                      std::to_string(b.revision) + "版" +
                                      (b.policyErrors > 0 ? "，复核有错误" : "") + "）",
                                  s.candidates});
    }
    SqliteTransaction tx(vault.db());
    AuditLog(vault.db())
        .append(actor, "office.summary",
                nlohmann::json{
                    {"file", out}, {"units", written.units}, {"candidates", written.candidates}}
                    .dump());
    if (docx) {
        documents::writeSummaryDocx(out, summary);
    } else {
        documents::writeSummaryXlsx(out, summary);
    }
    tx.commit();
    return written;
}

std::vector<ReceivedFromUnit> latestReceived(Vault& vault, const std::string& campaign) {
    OfficeStore office(vault.db());
    std::map<std::string, std::string> names;
    for (const Enrolment& e : office.enrolments()) {
        names[e.unitId] = e.unitName;
    }
    std::vector<ReceivedFromUnit> received;
    for (ReceivedBundle& b : office.latestOfEachUnit(campaign)) {
        std::string name = names[b.unitId];
        received.push_back({std::move(name), std::move(b)});
    }
    return received;
}

}  // namespace baosong::app
