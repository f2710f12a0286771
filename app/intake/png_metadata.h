#pragma once
// PNG pictures leave the unit without their metadata (submission.md "Importing into a
// vault"), as JPEGs do (jpeg_metadata.h): text chunks (tEXt, iTXt, zTXt: author,
// software, comments, often a whole editor's history), EXIF (eXIf), the last-modified
// time (tIME), every other ancillary chunk, and bytes after the end are dropped by whole
// chunks. The image data (IDAT) is copied byte for byte, never decoded or re-encoded; the
// chunks a viewer needs to show the same colours (PLTE, tRNS, gAMA, cHRM, sRGB, iCCP,
// sBIT, bKGD) and the pixel size (pHYs) are kept.

#include <cstdint>
#include <span>
#include <vector>

#include "removed_metadata.h"

namespace baosong::app::intake {

struct StrippedPng {
    std::vector<std::uint8_t> bytes;
    RemovedPngMetadata removed;
};

// Throws AppError (BadInput, "photo_malformed") when the chunks cannot be walked: a bad
// signature, a chunk past the end, IHDR not first, no IEND.
StrippedPng stripPngMetadata(std::span<const std::uint8_t> file);

}  // namespace baosong::app::intake
