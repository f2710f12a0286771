#pragma once
// What import stripped from a photo (jpeg_metadata.h), in words for the reviewer: the kinds
// of metadata removed and, above all, where the photo was taken (GPS position shown
// plainly, since a position near a test site is itself a secret). Shared by `review list`
// and the desktop review page so both say the same.

#include <string>
#include <vector>

namespace baosong::app {

// removedJson: RemovedMetadata::json(), as PhotoMetadataStore keeps it. "" when the JSON is
// empty or unreadable; else a parenthesised phrase such as
// "（已清除：GPS 位置, EXIF；拍摄位置曾为 …）" or, english, " (stripped: GPS position, EXIF; …)".
std::string metadataSummary(const std::string& removedJson, bool english = false);

// The kinds of metadata a record says were removed ("gps", "exif", "xmp", "info", …), never
// the values: what leaves the unit (review.json) says that a position or an author was
// stripped, not which. A signed PDF, kept whole, adds "kept_signed". Empty for "" or an
// unreadable record.
std::vector<std::string> removedKinds(const std::string& removedJson);

}  // namespace baosong::app
