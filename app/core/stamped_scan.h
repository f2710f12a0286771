#pragma once
// The stamped copies (盖章版) the notice asks for beside the Word files (通知“三、(三)”:
// 电子版Word及盖章版PDF各一套): per candidate the printed 推荐表 signed by the candidate and
// stamped on 所在单位意见, per submission the stamped 汇总表 and 推荐工作情况报告, each
// scanned to PDF and imported into the vault like any other file (file_intake.h).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "policy/submission.h"
#include "store/vault.h"
#include "submission_edit.h"

namespace baosong::app {

struct StampedTarget {
    enum class Document { Form, Summary, Report };
    Document document = Document::Form;
    std::size_t candidate = 0;  // 0-based, for Form
};

// Where the vault keeps a target's scan, as the submission names it: 盖章版/推荐表/<name>.pdf
// (export_payload.h formFileNames), 盖章版/汇总表.pdf, 盖章版/推荐工作情况报告.pdf.
std::string stampedScanPath(const policy::Submission& submission, const StampedTarget& target);

// The path a target's scan is named by in the submission ("" while none).
std::string& stampedPathOf(policy::Submission& submission, const StampedTarget& target);

// Names the scan in the draft and returns it as a file to store when the draft is saved.
// Throws AppError (BadInput): "candidate_unknown" for a candidate the draft does not have,
// "stamped_not_pdf" for bytes that are not a PDF. The draft is unchanged on failure.
NewFile placeStampedScan(policy::Submission& draft, const StampedTarget& target,
                         std::vector<std::uint8_t> bytes);

struct StampedImported {
    std::string path;  // as the submission names it now
    std::uint64_t bytes = 0;
};

// `baosong vault stamped`: reads the file, names it in the vault's submission and stores it
// (metadata stripped, sign-off weighed, audited) in one transaction. Throws AppError as
// placeStampedScan, readInputFile, saveSubmission do, "vault_empty" before any import, and
// "attachment_malformed" for a PDF qpdf cannot read. Nothing changes on failure.
StampedImported importStampedScan(Vault& vault, const StampedTarget& target,
                                  const std::string& filePath, const std::string& actor);

// One document the notice asks for, with where its stamped copy stands: what a front end
// lists as "Word ✓ / 盖章版 ✓".
struct StampedDocumentState {
    StampedTarget target;
    std::string wordFile;  // the document baosong makes, relative to data/ ("推荐表/张三.docx")
    std::string stampedPath;  // the scan's path in the submission, "" while none
};

// Each candidate's 推荐表, then the 汇总表 and the 推荐工作情况报告.
std::vector<StampedDocumentState> stampedDocuments(const policy::Submission& submission);

}  // namespace baosong::app
