// The stamped scans (盖章版) as the notice's own items: imported by what they are a copy of,
// refused unless they are PDFs, stripped of metadata, reviewed, and carried under fixed
// names beside the Word files (bundle.md "data/").

#include "core/stamped_scan.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>

#include "base/app_error.h"
#include "core/export_payload.h"
#include "core/review_workflow.h"
#include "core/submission_check.h"
#include "core/submission_edit.h"
#include "core/submission_import.h"
#include "policy/submission_json.h"
#include "store/audit_log.h"
#include "store/submission_store.h"
#include "store/vault_keys.h"
#include "support/pdf_maker.h"
#include "support/temp_dir.h"
#include "support/vault_fixture.h"

namespace baosong::app {
namespace {

using Document = StampedTarget::Document;

class StampedScanTest : public ::testing::Test {
  protected:
    void SetUp() override {
        std::filesystem::create_directories(dir.path() / "in");
        vault.emplace(test::makeVault(dir / "v.bsv"));
        importSubmission(*vault, test::writeExampleSubmission(dir / "in", 5000), "officer:test");
    }
    std::string write(const std::string& name, const std::string& bytes) {
        const std::string path = dir / name;
        test::writeFile(path, bytes);
        return path;
    }
    std::string failureCode(const StampedTarget& target, const std::string& file) {
        try {
            importStampedScan(*vault, target, file, "officer:test");
        } catch (const AppError& e) {
            return e.code();
        }
        return "none";
    }
    std::size_t auditEntries() { return AuditLog(vault->db()).entries().size(); }

    test::TempDir dir;
    std::optional<Vault> vault;
};

TEST_F(StampedScanTest, BadScansAreRefusedAndChangeNothing) {
    SubmissionStore store(vault->db());
    const std::string before = policy::toJson(*store.load());
    const std::size_t entries = auditEntries();
    // A photo of the page, a Word file renamed .pdf, an empty file: not PDFs by content.
    EXPECT_EQ(failureCode({Document::Summary}, write("汇总表.pdf", "\xFF\xD8\xFF\xE0 jpeg")),
              "stamped_not_pdf");
    EXPECT_EQ(failureCode({Document::Report}, write("报告.pdf", "PK\x03\x04 docx")),
              "stamped_not_pdf");
    EXPECT_EQ(failureCode({Document::Form, 0}, write("空.pdf", "")), "stamped_not_pdf");
    // Starts like a PDF, is not one.
    EXPECT_EQ(failureCode({Document::Form, 0}, write("坏.pdf", "%PDF-1.7 garbage")),
              "attachment_malformed");
    EXPECT_EQ(failureCode({Document::Form, 2}, write("第三名.pdf", test::makePdf())),
              "candidate_unknown");
    EXPECT_EQ(failureCode({Document::Summary}, dir / "nowhere.pdf"), "input_missing");
    EXPECT_EQ(policy::toJson(*store.load()), before);
    EXPECT_EQ(auditEntries(), entries);
}

TEST_F(StampedScanTest, AScanReplacesTheLastWithoutItsMetadataAndNeedsANewLook) {
    test::PdfMaking scanned;
    scanned.author = "ScannerOperator";
    scanned.producer = "OfficeScan 9";
    scanned.text = "second scan";
    const std::string scan = write("scan.pdf", test::makePdf(scanned));
    const std::size_t entries = auditEntries();
    const StampedImported imported =
        importStampedScan(*vault, {Document::Form, 1}, scan, "officer:test");
    EXPECT_EQ(imported.path, "盖章版/推荐表/李思源.pdf");
    SubmissionStore store(vault->db());
    EXPECT_EQ(store.load()->candidates[1].stampedForm, imported.path);
    const auto stored = store.fileContents(imported.path);
    const std::string text(stored.begin(), stored.end());
    EXPECT_NE(text.find("second scan"), std::string::npos);
    EXPECT_EQ(text.find("ScannerOperator"), std::string::npos);
    EXPECT_EQ(text.find("OfficeScan"), std::string::npos);
    // The example's own scan for this candidate, under another path, is gone.
    EXPECT_FALSE(store.findFileContents("盖章版/推荐表-李思源.pdf").has_value());
    ASSERT_EQ(auditEntries(), entries + 1);
    EXPECT_EQ(AuditLog(vault->db()).entries().back().action, "vault.edit");

    const ReviewState state = reviewState(*vault);
    const auto scans = std::count_if(state.items.begin(), state.items.end(),
                                     [](const ReviewItem& i) { return i.kind == "stamped"; });
    EXPECT_EQ(scans, 4);
    const auto it = std::find_if(state.items.begin(), state.items.end(),
                                 [&](const ReviewItem& i) { return i.path == imported.path; });
    ASSERT_NE(it, state.items.end());
    EXPECT_FALSE(it->approved);
    EXPECT_NE(it->metadataRemoved.find("info"), std::string::npos);
}

TEST_F(StampedScanTest, TheBagCarriesEachScanBesideItsWordFile) {
    const ExportPayload payload = buildExportPayload(vault->db());
    std::vector<std::string> paths;
    for (const PayloadFile& f : payload.files) {
        paths.push_back(f.path);
    }
    for (const char* expected :
         {"data/推荐表/张卫东.docx", "data/盖章版/推荐表/张卫东.pdf", "data/推荐表/李思源.docx",
          "data/盖章版/推荐表/李思源.pdf", "data/汇总表.docx", "data/盖章版/汇总表.pdf",
          "data/推荐工作情况报告.docx", "data/盖章版/推荐工作情况报告.pdf"}) {
        EXPECT_NE(std::find(paths.begin(), paths.end(), expected), paths.end()) << expected;
    }
    const auto json =
        std::find_if(payload.files.begin(), payload.files.end(),
                     [](const PayloadFile& f) { return f.path == "data/submission.json"; });
    ASSERT_NE(json, payload.files.end());
    const policy::Submission carried =
        policy::parseSubmission(std::string(json->bytes.begin(), json->bytes.end()));
    EXPECT_EQ(carried.candidates[0].stampedForm, "盖章版/推荐表/张卫东.pdf");
    EXPECT_EQ(carried.stamped.summary, "盖章版/汇总表.pdf");
    EXPECT_EQ(carried.stamped.report, "盖章版/推荐工作情况报告.pdf");
    const auto review =
        std::find_if(payload.files.begin(), payload.files.end(),
                     [](const PayloadFile& f) { return f.path == "data/review.json"; });
    ASSERT_NE(review, payload.files.end());
    const auto record = nlohmann::json::parse(review->bytes);
    std::size_t scans = 0;
    for (const auto& item : record["items"]) {
        scans += item["path"].get<std::string>().starts_with("盖章版/") ? 1U : 0U;
    }
    EXPECT_EQ(scans, 4u);
}

TEST_F(StampedScanTest, DocumentsListsWhatIsStampedAndWhatIsNot) {
    policy::Submission s = *SubmissionStore(vault->db()).load();
    s.stamped.report.clear();
    const auto documents = stampedDocuments(s);
    ASSERT_EQ(documents.size(), 4u);
    EXPECT_EQ(documents[0].wordFile, "推荐表/张卫东.docx");
    EXPECT_FALSE(documents[0].stampedPath.empty());
    EXPECT_EQ(documents[2].wordFile, "汇总表.docx");
    EXPECT_EQ(documents[3].wordFile, "推荐工作情况报告.docx");
    EXPECT_TRUE(documents[3].stampedPath.empty());
}

// Threat: a scan made before an edit or a redaction still shows the old words, while the
// Word file beside it in the bag does not (policy.md "Stamped scans made before a change").
TEST_F(StampedScanTest, AChangeAfterTheScanMakesItStaleUntilScannedAgain) {
    const auto stale = [&] {
        std::vector<std::string> where;
        for (const policy::Finding& f : checkVaultSubmission(*vault, {}).findings) {
            if (f.code == "STAMPED_STALE") {
                where.push_back(f.field + (f.candidate ? std::to_string(*f.candidate) : ""));
            }
        }
        return where;
    };
    EXPECT_TRUE(stale().empty()) << "the imported scans match what was imported with them";

    // The first candidate's deeds edited: only its form's scan is stale.
    policy::Submission s = *SubmissionStore(vault->db()).load();
    s.candidates[0].deeds += "后又主持完成一项新的攻关任务。";
    saveSubmission(*vault, s, {}, "officer:test");
    EXPECT_EQ(stale(), std::vector<std::string>{"stamped_form0"});
    // A scan of the form as it reads now clears it.
    importStampedScan(*vault, {Document::Form, 0}, write("new.pdf", test::makePdf()),
                      "officer:test");
    EXPECT_TRUE(stale().empty());

    // The security reviewer redacts a flagged phrase of a candidate's text, typed and
    // scanned before the review: the scan of that candidate's form still shows it.
    s = *SubmissionStore(vault->db()).load();
    s.candidates[1].deeds += "她曾赴97621部队参与XW-7导弹试验。";
    saveSubmission(*vault, s, {}, "officer:test");
    importStampedScan(*vault, {Document::Form, 1}, write("typed.pdf", test::makePdf()),
                      "officer:test");
    EXPECT_TRUE(stale().empty());
    const auto key =
        VaultKeys(vault->db()).reviewerSecretKey(test::secret(test::kReviewerPassphrase));
    const ReviewState state = reviewState(*vault);
    const auto flag = std::find_if(state.flags.begin(), state.flags.end(), [](const auto& f) {
        return f.open() && f.flag.candidate.has_value();
    });
    ASSERT_NE(flag, state.flags.end()) << "the example flags a phrase in a candidate's text";
    resolveFlag(*vault, {flag->flag.id, Decision::Redacted, {}, "涉及型号代号，改为泛称"}, key,
                "reviewer:test");
    EXPECT_EQ(stale(),
              std::vector<std::string>{"stamped_form" + std::to_string(*flag->flag.candidate)})
        << flag->flag.field;
    importStampedScan(*vault, {Document::Form, static_cast<std::size_t>(*flag->flag.candidate)},
                      write("redacted.pdf", test::makePdf()), "officer:test");
    EXPECT_TRUE(stale().empty());

    // A name is on the form and on the 汇总表; a stale scan is an error, which a seal refuses.
    s = *SubmissionStore(vault->db()).load();
    s.candidates[0].name = "张卫国";
    saveSubmission(*vault, s, {}, "officer:test");
    const std::vector<std::string> now = stale();
    EXPECT_NE(std::find(now.begin(), now.end(), "stamped_form0"), now.end());
    EXPECT_NE(std::find(now.begin(), now.end(), "stamped.summary"), now.end());
    EXPECT_EQ(std::find(now.begin(), now.end(), "stamped_form1"), now.end());
    EXPECT_FALSE(checkVaultSubmission(*vault, {}).ok());
}

}  // namespace
}  // namespace baosong::app
