#pragma once
// What a stamped scan (盖章版) was made from, so that a change after it is seen. The threat:
// the security reviewer redacts a sentence of a 推荐表 after the unit printed, stamped and
// scanned it; the Word file leaves redacted and the scan still shows the sentence (通知
// “三、(三)”: Word 及盖章版 PDF 各一套, the same document twice). The basis of a scan is the
// SHA-256 of the words and pictures of the document it is the stamped copy of (the
// candidate's 推荐表, the 汇总表, the 推荐工作情况报告) as the submission makes it; layout
// is left out, so a version of baosong that draws the same words otherwise voids no scan.

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "policy/submission.h"
#include "quota_grant.h"
#include "store/sqlite_database.h"

namespace baosong::app {

// The basis of the scan at stampedPath as submission makes its document now; nullopt when
// submission names no stamped scan at that path. read gives a candidate's photo (stored,
// as stripped at intake).
std::optional<std::string> stampedBasis(const policy::Submission& submission,
                                        const std::string& stampedPath, const FileReader& read);

// Records, in the vault's submission store, the basis of each of paths that submission
// names as a stamped scan, from the files stored now. Called in the transaction that
// stores those scans.
void recordStampedBases(SqliteDatabase& db, const policy::Submission& submission,
                        const std::vector<std::string>& paths);

// Whether a scan was stored with a basis (recorded) and submission now makes its document
// otherwise: what the check asks (policy/check_input.h stampedStale).
std::function<bool(const std::string& path)> staleScanTest(
    std::map<std::string, std::string> recorded, const policy::Submission& submission,
    const FileReader& read);

}  // namespace baosong::app
