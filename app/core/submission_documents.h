#pragma once
// The documents the notice asks for, made from a submission, under the names the bag and
// `baosong documents` give them (bundle.md "data/"): 推荐表/<姓名>.docx and .pdf per
// candidate, 汇总表.docx, .xlsx and .pdf, 推荐工作情况报告.docx and .pdf. Made the same way for
// both, so the printed files and the sealed ones are the same bytes.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "policy/submission.h"

namespace baosong::app {

struct DocumentFile {
    std::string path;  // relative to data/, e.g. "推荐表/张三.pdf"
    std::string bytes;
};

// photoOf: the JPEG stored under a candidate's photo path. Throws AppError.
std::vector<DocumentFile> submissionDocuments(
    const policy::Submission& submission,
    const std::function<std::vector<std::uint8_t>(const std::string& storedPath)>& photoOf);

}  // namespace baosong::app
