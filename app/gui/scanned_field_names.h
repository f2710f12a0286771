#pragma once
// The fields the scanner reads (policy/scan/submission_scan.h: "deeds", "stories[1]",
// "history[0].work", "report"), as the form names them, for the review page.

#include <QString>
#include <string>

namespace baosong::gui {

// The field's heading on the form; the key path itself for a field this does not know.
QString scannedFieldName(const std::string& field);

}  // namespace baosong::gui
