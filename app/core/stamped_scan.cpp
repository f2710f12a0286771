#include "stamped_scan.h"

#include "base/app_error.h"
#include "export_payload.h"
#include "input_file.h"
#include "intake/pdf_metadata.h"
#include "store/submission_store.h"
#include "submission_import.h"

namespace baosong::app {

namespace {
void requireCandidate(const policy::Submission& submission, const StampedTarget& target) {
    if (target.document == StampedTarget::Document::Form &&
        target.candidate >= submission.candidates.size()) {
        throw AppError(ErrorKind::BadInput, "candidate_unknown",
                       Text("candidate_unknown")
                           .with("number", std::to_string(target.candidate + 1))
                           .with("count", std::to_string(submission.candidates.size())));
    }
}
}  // namespace

std::string stampedScanPath(const policy::Submission& submission, const StampedTarget& target) {
    switch (target.document) {
        case StampedTarget::Document::Summary:
            return "盖章版/汇总表.pdf";
        case StampedTarget::Document::Report:
            return "盖章版/推荐工作情况报告.pdf";
        case StampedTarget::Document::Form:
            break;
    }
    requireCandidate(submission, target);
    return "盖章版/推荐表/" + formFileNames(submission)[target.candidate] + ".pdf";
}

std::string& stampedPathOf(policy::Submission& submission, const StampedTarget& target) {
    switch (target.document) {
        case StampedTarget::Document::Summary:
            return submission.stamped.summary;
        case StampedTarget::Document::Report:
            return submission.stamped.report;
        case StampedTarget::Document::Form:
            break;
    }
    requireCandidate(submission, target);
    return submission.candidates[target.candidate].stampedForm;
}

NewFile placeStampedScan(policy::Submission& draft, const StampedTarget& target,
                         std::vector<std::uint8_t> bytes) {
    const std::string path = stampedScanPath(draft, target);
    if (!intake::looksLikePdf(bytes)) {
        throw AppError(ErrorKind::BadInput, "stamped_not_pdf",
                       Text("stamped_not_pdf").with("path", path));
    }
    stampedPathOf(draft, target) = path;
    return NewFile{path, std::move(bytes)};
}

StampedImported importStampedScan(Vault& vault, const StampedTarget& target,
                                  const std::string& filePath, const std::string& actor) {
    auto submission = SubmissionStore(vault.db()).load();
    if (!submission) {
        throw AppError(ErrorKind::BadInput, "vault_empty", Text("vault_has_no_submission_import"));
    }
    requireCandidate(*submission, target);
    std::vector<std::uint8_t> bytes = readInputFile(filePath, kMaxStoredFileBytes, "file_stamped");
    if (!intake::looksLikePdf(bytes)) {  // named by the file the person gave
        throw AppError(ErrorKind::BadInput, "stamped_not_pdf",
                       Text("stamped_not_pdf").with("path", filePath));
    }
    NewFile file = placeStampedScan(*submission, target, std::move(bytes));
    StampedImported imported{file.path, file.bytes.size()};
    saveSubmission(vault, *submission, {std::move(file)}, actor);
    return imported;
}

std::vector<StampedDocumentState> stampedDocuments(const policy::Submission& submission) {
    std::vector<StampedDocumentState> out;
    const std::vector<std::string> names = formFileNames(submission);
    for (std::size_t i = 0; i < submission.candidates.size(); ++i) {
        out.push_back({{StampedTarget::Document::Form, i},
                       "推荐表/" + names[i] + ".docx",
                       submission.candidates[i].stampedForm});
    }
    out.push_back(
        {{StampedTarget::Document::Summary, 0}, "汇总表.docx", submission.stamped.summary});
    out.push_back(
        {{StampedTarget::Document::Report, 0}, "推荐工作情况报告.docx", submission.stamped.report});
    return out;
}

}  // namespace baosong::app
