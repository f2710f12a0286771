#pragma once
// What was stripped from a photo, in words for the officer and the reviewer: the GPS
// position first and plainly (where the picture was taken is the fact that matters).

#include <string>

#include "store/vault.h"

namespace baosong::app {

// removedJson as RemovedMetadata::json() writes it; "" for unknown.
std::string describeRemovedMetadata(const std::string& removedJson);
// For a file stored in the vault under path; "未记录" when import recorded nothing.
std::string storedPhotoMetadataText(Vault& vault, const std::string& path);

}  // namespace baosong::app
