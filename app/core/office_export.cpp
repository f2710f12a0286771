#include "office_export.h"

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "base/app_error.h"
#include "base/relative_path.h"
#include "base/temp_sibling.h"
#include "china_today.h"
#include "contained_file.h"
#include "crypto/sha256.h"
#include "documents/flow_docx.h"
#include "documents/flow_pdf.h"
#include "documents/office_set_documents.h"
#include "documents/summary_files.h"
#include "documents/summary_flow.h"
#include "export_payload.h"
#include "input_file.h"
#include "intake/pdf_metadata.h"
#include "office_papers.h"
#include "output_folder.h"
#include "policy/submission_json.h"
#include "store/audit_log.h"
#include "store/office_store.h"
#include "submission_check.h"

namespace baosong::app {

namespace {
namespace fs = std::filesystem;
using nlohmann::ordered_json;

// What the office keeps and does not send (README "留存"): the set's own record, and where
// each row of the 汇总表 came from, which the official sheet does not show.
constexpr const char* kRecordPath = "留存/清单.json";
constexpr const char* kSourcesPath = "留存/来源清单.txt";
constexpr const char* kRecordFormat = "baosong.office-set/1";

struct UnitBundle {
    ReceivedBundle bundle;
    policy::Submission submission;
};

std::map<std::string, UnitBundle> bundlesOf(Vault& vault, const std::string& campaign) {
    std::map<std::string, UnitBundle> out;
    for (ReceivedBundle& b : OfficeStore(vault.db()).latestOfEachUnit(campaign)) {
        policy::Submission s = policy::parseSubmission(b.submission);
        const std::string unit = b.unitId;
        out.emplace(unit, UnitBundle{std::move(b), std::move(s)});
    }
    return out;
}

Text who(const ReviewedCandidate& c) {
    return Text("export_candidate_named")
        .with("unit", c.unitName)
        .with("number", std::to_string(c.number))
        .with("name", c.candidate.name);
}

std::string sha256Of(std::string_view bytes) {
    return crypto::toHex(crypto::Sha256::of(bytes));
}
}  // namespace

std::string officeSetFolderName(const std::string& campaign) {
    return "国防科工办推荐材料-" + fileNamePart(campaign);
}

std::vector<Text> officeExportRefusals(Vault& vault, const OfficeReview& review,
                                       const std::string& campaign) {
    std::vector<Text> refusals;
    std::map<std::string, int> forwardedPerUnit;
    std::map<std::string, std::vector<const ReviewedCandidate*>> forwardedPeople;
    const auto bundles = bundlesOf(vault, campaign);
    OfficeStore office(vault.db());
    int forwarded = 0;
    for (const ReviewedCandidate& c : review.candidates) {
        if (c.campaign != campaign) {
            continue;
        }
        if (c.opinion.empty()) {
            refusals.push_back(Text("export_opinion_missing").with("who", who(c)));
        }
        if (c.decision.empty()) {
            refusals.push_back(Text("export_decision_missing").with("who", who(c)));
        }
        if (c.decision != "forward") {
            continue;
        }
        ++forwarded;
        ++forwardedPerUnit[c.unitId];
        forwardedPeople[personKey(c.candidate)].push_back(&c);
        // The photos go into the set from what the bundle carried.
        const auto it = bundles.find(c.unitId);
        std::vector<std::string> photos = c.candidate.lifePhotos;
        if (!c.candidate.photo.empty()) {
            photos.insert(photos.begin(), c.candidate.photo);
        }
        for (const std::string& photo : photos) {
            if (it == bundles.end() || !office.receivedFile(it->second.bundle, photo)) {
                refusals.push_back(
                    Text("export_files_missing").with("who", who(c)).with("path", photo));
            }
        }
    }
    for (const ReviewedUnit& u : review.units) {
        if (u.campaign == campaign && u.overQuota && forwardedPerUnit[u.unitId] > u.quota) {
            refusals.push_back(Text("export_over_quota")
                                   .with("unit", u.unitName)
                                   .with("count", std::to_string(forwardedPerUnit[u.unitId]))
                                   .with("max", std::to_string(u.quota)));
        }
    }
    for (const auto& [key, same] : forwardedPeople) {
        if (same.size() > 1) {
            std::vector<Text> all;
            for (const ReviewedCandidate* c : same) {
                all.push_back(who(*c));
            }
            refusals.push_back(Text("export_duplicate_forwarded").withList("who", all));
        }
    }
    if (forwarded == 0 && refusals.empty()) {
        refusals.push_back(Text("export_nothing_forwarded"));
    }
    return refusals;
}

OfficeSetWritten exportOfficeSet(Vault& vault, const std::string& campaign,
                                 const std::string& outDir, const std::string& actor) {
    requireOutputFolder(outDir);
    const OfficeReview review = officeReview(vault);
    const bool any =
        std::any_of(review.candidates.begin(), review.candidates.end(),
                    [&](const ReviewedCandidate& c) { return c.campaign == campaign; });
    if (!any) {
        throw AppError(ErrorKind::Problem, "export_empty",
                       Text("export_empty").with("campaign", campaign));
    }
    if (const auto refusals = officeExportRefusals(vault, review, campaign); !refusals.empty()) {
        throw AppError(ErrorKind::Problem, "export_refused",
                       Text("export_refused").withList("reasons", refusals));
    }
    OfficeSetWritten out;
    out.folder = (fs::path(outDir) / officeSetFolderName(campaign)).string();
    requireNoTarget(out.folder);

    const auto bundles = bundlesOf(vault, campaign);
    OfficeStore office(vault.db());
    const std::string date = todayInChina();
    std::vector<const ReviewedCandidate*> forwarded;
    policy::Submission rows;  // the forwarded candidates, in the set's 序号 order
    documents::OfficeSetFacts facts;
    facts.date = date;
    facts.deadline = selectRuleSet(campaign, std::nullopt).deadline;
    for (const ReviewedUnit& u : review.units) {
        if (u.campaign == campaign) {
            facts.units.push_back({u.unitName, u.unitId, u.revision, u.candidates});
        }
    }
    for (const ReviewedCandidate& c : review.candidates) {
        if (c.campaign != campaign) {
            continue;
        }
        if (c.decision == "forward") {
            forwarded.push_back(&c);
            rows.candidates.push_back(c.candidate);
            facts.forwarded.push_back({c.candidate.name, c.unitName, c.unitId, c.revision,
                                       bundles.at(c.unitId).bundle.sha256});
        } else {
            ++out.withheld;
        }
    }
    out.forwarded = static_cast<int>(forwarded.size());
    facts.withheld = out.withheld;
    const std::vector<std::string> names = formFileNames(rows);
    for (const std::string& name : names) {
        facts.stampedSlots.push_back("盖章版/推荐表/" + name + ".pdf");
    }
    facts.stampedSlots.push_back("盖章版/汇总表.pdf");
    facts.stampedSlots.push_back("盖章版/推荐工作情况报告.pdf");

    std::map<std::string, std::string> files;  // path in the set → bytes
    for (std::size_t k = 0; k < forwarded.size(); ++k) {
        const ReviewedCandidate& c = *forwarded[k];
        const UnitBundle& unit = bundles.at(c.unitId);
        const policy::Candidate& person = unit.submission.candidates.at(c.number - 1);
        std::optional<std::vector<std::uint8_t>> photo;
        if (!person.photo.empty()) {
            photo = office.receivedFile(unit.bundle, person.photo);
        }
        const documents::FlowDocument form =
            officeForm(unit.submission, c.number - 1, c.opinion, photo);
        files["推荐表/" + names[k] + ".docx"] = documents::flowDocx(form);
        files["推荐表/" + names[k] + ".pdf"] = documents::flowPdf(form);
        if (photo) {
            files[photoBagPath(names[k], std::nullopt, person.photo)] =
                std::string(photo->begin(), photo->end());
        }
        for (std::size_t i = 0; i < person.lifePhotos.size(); ++i) {
            const auto life = office.receivedFile(unit.bundle, person.lifePhotos[i]);
            files[photoBagPath(names[k], i, person.lifePhotos[i])] =
                std::string(life->begin(), life->end());
        }
    }
    const documents::SummaryDocument summary{documents::kOfficeName, {{"", rows.candidates}}, date};
    files["汇总表.docx"] = documents::summaryDocx(summary);
    files["汇总表.xlsx"] = documents::summaryXlsx(summary);
    files["汇总表.pdf"] = documents::summaryPdf(summary);
    const documents::FlowDocument report = documents::officeWorkReport(facts);
    files["推荐工作情况报告.docx"] = documents::flowDocx(report);
    files["推荐工作情况报告.pdf"] = documents::flowPdf(report);
    files["README.txt"] = documents::officeSetReadme(facts);
    files[kSourcesPath] = documents::officeSetSources(facts);

    ordered_json listed = ordered_json::array();
    for (const auto& [path, bytes] : files) {
        listed.push_back({{"path", path}, {"sha256", sha256Of(bytes)}});
    }
    files[kRecordPath] = ordered_json{{"format", kRecordFormat},
                                      {"campaign", campaign},
                                      {"date", date},
                                      {"files", listed},
                                      {"stamped", facts.stampedSlots}}
                             .dump(2) +
                         "\n";

    TempSibling staging(out.folder, TempSibling::Kind::Directory);
    const fs::path root(staging.path());
    fs::create_directories(root / "盖章版" / "推荐表");
    for (const auto& [path, bytes] : files) {
        fs::create_directories((root / path).parent_path());
        writeNewFile((root / path).string(), bytes);
        out.files.push_back(path);
    }
    SqliteTransaction tx(vault.db());
    AuditLog(vault.db())
        .append(actor, "office.export",
                nlohmann::json{{"campaign", campaign},
                               {"folder", out.folder},
                               {"forwarded", out.forwarded},
                               {"withheld", out.withheld},
                               {"files", out.files.size()}}
                    .dump());
    staging.commitNew();
    tx.commit();
    return out;
}

OfficeSetCheck checkOfficeSet(const std::string& folder) {
    const std::string recordFile = (fs::path(folder) / kRecordPath).string();
    ordered_json record;
    try {
        record = ordered_json::parse(readInputText(recordFile, 16U << 20, "file_set_record"));
    } catch (const nlohmann::json::exception&) {
        record = nullptr;
    } catch (const AppError& e) {
        if (e.code() != "input_missing") {
            throw;
        }
    }
    if (!record.is_object() || record.value("format", "") != kRecordFormat ||
        !record.contains("files") || !record["files"].is_array() || !record.contains("stamped") ||
        !record["stamped"].is_array()) {
        throw AppError(ErrorKind::BadInput, "set_unreadable",
                       Text("set_unreadable").with("folder", folder));
    }
    OfficeSetCheck check;
    const auto safe = [&](const ordered_json& value, std::string& path) {
        if (!value.is_string()) {
            return false;
        }
        path = value.get<std::string>();
        return !relativePathProblem(path);
    };
    for (const auto& f : record["files"]) {
        std::string path;
        if (!f.is_object() || !safe(f.value("path", ordered_json()), path)) {
            throw AppError(ErrorKind::BadInput, "set_unreadable",
                           Text("set_unreadable").with("folder", folder));
        }
        const ContainedFile file(folder, path);
        if (file.state() != ContainedFile::State::Ok) {
            check.problems.push_back(Text("set_file_missing").with("path", path));
            continue;
        }
        const std::vector<std::uint8_t> bytes = file.read();
        if (crypto::toHex(crypto::Sha256::of(bytes)) != f.value("sha256", "")) {
            check.problems.push_back(Text("set_file_changed").with("path", path));
            continue;
        }
        ++check.files;
    }
    for (const auto& slot : record["stamped"]) {
        std::string path;
        if (!safe(slot, path)) {
            throw AppError(ErrorKind::BadInput, "set_unreadable",
                           Text("set_unreadable").with("folder", folder));
        }
        const ContainedFile file(folder, path);
        if (file.state() != ContainedFile::State::Ok) {
            check.problems.push_back(Text("set_stamped_missing").with("path", path));
        } else if (!intake::looksLikePdf(file.read())) {
            check.problems.push_back(Text("set_stamped_not_pdf").with("path", path));
        } else {
            ++check.stamped;
        }
    }
    return check;
}

}  // namespace baosong::app
