#pragma once
// Which texts of a submission the scanner reads (scanner.md: "every text field of every
// candidate and the report"): the free-text fields a person writes, not names, dates or
// the closed lists of the form.

#include <string>
#include <vector>

#include "policy/submission.h"
#include "scanner.h"

namespace baosong::policy {

struct TextField {
    FieldRef where;
    const std::string* text;
};

// In document order: each candidate's fields, then the report.
std::vector<TextField> scannedFields(const Submission& submission);
// The field a flag points into, for redaction; nullptr when the submission has no such
// field (any more).
std::string* scannedField(Submission& submission, const FieldRef& where);
const std::string* scannedField(const Submission& submission, const FieldRef& where);

std::vector<ScanFlag> scanSubmission(const Scanner& scanner, const Submission& submission);

}  // namespace baosong::policy
