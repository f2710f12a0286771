#pragma once
// Photos leave the unit without their metadata (submission.md "Importing into a vault"):
// EXIF (with GPS position, camera and time), XMP, IPTC, comments and thumbnails are
// removed by dropping whole JPEG segments. The image data is copied byte for byte, never
// decoded or re-encoded, so nothing of the picture changes. JFIF, the ICC colour profile
// and Adobe's colour-transform segment are kept: without them colours would change.

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "removed_metadata.h"

namespace baosong::app::intake {

struct StrippedJpeg {
    std::vector<std::uint8_t> bytes;
    RemovedMetadata removed;
};

// Throws AppError (BadInput, "photo_malformed") when a JPEG's segments cannot be walked.
StrippedJpeg stripJpegMetadata(std::span<const std::uint8_t> file);

}  // namespace baosong::app::intake
