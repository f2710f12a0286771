#pragma once
// Photos leave the unit without their metadata (submission.md "Importing into a vault"):
// EXIF (with GPS position, camera and time), XMP, IPTC, comments and thumbnails are
// removed by dropping whole JPEG segments. The image data is copied byte for byte, never
// decoded or re-encoded, so nothing of the picture changes. JFIF, the ICC colour profile
// and Adobe's colour-transform segment are kept: without them colours would change.
//
// Why not libexiv2: exiv2 rewrites a JPEG by removing the metadata it knows (EXIF, XMP,
// IPTC, comments) and keeping every other segment, so an APP12, an MPF image after the end
// or a vendor segment would leave the unit; this stripper keeps only what it names above
// and drops everything else, the safe side for a file that must not carry a secret out.
// It also never parses the metadata it removes (libexif only reads EXIF to show the
// reviewer what went), where exiv2's parsers of untrusted metadata have a long CVE list.

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
