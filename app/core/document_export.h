#pragma once
// `baosong documents VAULT --out DIR` (cli.md): the files the notice asks for, written for
// printing, signing, stamping and scanning: per candidate the 推荐表 (DOCX and PDF), the
// 汇总表 (DOCX and XLSX), the 推荐工作情况报告 (DOCX), and the photos named 姓名+序号 as
// the notice asks ("三、(三) 2"); the same bytes the seal puts in the bag.

#include <string>
#include <vector>

#include "store/vault.h"

namespace baosong::app {

struct DocumentsWritten {
    std::string folder;              // DIR/<unit>-<campaign>-r<revision>-文件
    std::vector<std::string> files;  // relative to folder, sorted
};

// Writes a new folder inside outDir, which appears only complete. Throws AppError:
// (BadInput) "io_error" when outDir is not a folder, "target_exists" when the folder is
// already there; (Problem) "submission_missing".
DocumentsWritten writeDocuments(Vault& vault, const std::string& outDir, const std::string& actor);

}  // namespace baosong::app
