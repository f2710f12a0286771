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

namespace baosong::app {

struct RemovedMetadata {
    bool jpeg = true;  // false: not a JPEG, left as it is (policy refuses it anyway)
    bool exif = false;
    bool gps = false;
    std::string gpsPosition;  // as EXIF wrote it, for the reviewer: where it was taken
    std::string camera;       // EXIF make and model
    std::string taken;        // EXIF DateTimeOriginal
    bool xmp = false;
    bool iptc = false;
    bool comment = false;
    bool thumbnail = false;
    bool trailingData = false;       // bytes after the end of the image (MPF images …)
    std::vector<std::string> other;  // other application segments, e.g. "APP12"
    std::uint64_t bytesRemoved = 0;

    bool any() const;
    std::string json() const;  // stored and shown by `review list`
};

struct StrippedJpeg {
    std::vector<std::uint8_t> bytes;
    RemovedMetadata removed;
};

// Throws AppError (BadInput, "photo_malformed") when a JPEG's segments cannot be walked.
StrippedJpeg stripJpegMetadata(std::span<const std::uint8_t> file);

}  // namespace baosong::app
