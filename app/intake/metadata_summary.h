#pragma once
// What intake stripped from a file (removed_metadata.h), in words for the reviewer: the
// kinds of metadata removed and, above all, where a photo was taken (GPS position shown
// plainly, since a position near a test site is itself a secret) and who a PDF says made
// it. Shared by `review list` and the desktop app so both say the same.

#include <string>

#include "base/text.h"

namespace baosong::app::intake {

// removedJson: a stored record (RemovedMetadata::json(), RemovedPdfMetadata::json()). ""
// when it is empty or unreadable; else a parenthesised phrase such as
// "（已清除：GPS 位置, EXIF；拍摄位置曾为 …）" or, in English, " (stripped: GPS position, EXIF;
// …)".
std::string metadataSummary(const std::string& removedJson, Language language = Language::Chinese);

}  // namespace baosong::app::intake
