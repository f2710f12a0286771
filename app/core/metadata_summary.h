#pragma once
// What import stripped from a photo (jpeg_metadata.h), in words for the reviewer: the kinds
// of metadata removed and, above all, where the photo was taken (GPS position shown
// plainly, since a position near a test site is itself a secret). Shared by `review list`
// and the desktop review page so both say the same.

#include <string>

namespace baosong::app {

// removedJson: RemovedMetadata::json(), as PhotoMetadataStore keeps it. "" when the JSON is
// empty or unreadable; else a parenthesised phrase such as
// "（已清除：GPS 位置, EXIF；拍摄位置曾为 …）" or, english, " (stripped: GPS position, EXIF; …)".
std::string metadataSummary(const std::string& removedJson, bool english = false);

}  // namespace baosong::app
