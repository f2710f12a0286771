#pragma once
// PDF attachments (the stamped scans of the form) leave the unit without their metadata,
// as photos do (jpeg_metadata.h): the document information dictionary (author, the
// program and often the user name of the machine that made the scan, dates), the file
// ID, XMP and applications' private data on any object, page thumbnails, comment
// authors and dates, embedded files and the EXIF inside JPEG images are removed, and
// earlier revisions kept by incremental saves are dropped, by qpdf rewriting the file's
// structure. Page content, images and fonts are copied as they are, never decompressed
// or re-encoded. A PDF carrying a digital signature (电子签章) is left as it is: rewriting
// it would break the signature. The reviewer is shown what was there.

#include <cstdint>
#include <cstdio>
#include <span>
#include <string>
#include <vector>

#include "removed_metadata.h"

namespace baosong::app::intake {

struct StrippedPdf {
    std::vector<std::uint8_t> bytes;
    RemovedPdfMetadata removed;
};

// "%PDF-" within the first kPdfHeaderWindow bytes, where PDF readers look for it.
inline constexpr std::size_t kPdfHeaderWindow = 1024;
bool looksLikePdf(std::span<const std::uint8_t> file);

// The same file rewritten without metadata; the same input always gives the same bytes.
// Throws AppError (BadInput, "attachment_malformed") when qpdf cannot read it as a PDF, or
// it needs a password.
StrippedPdf stripPdfMetadata(std::span<const std::uint8_t> file, const std::string& name);
// The same, read where it lies, as qpdf needs each part: the file is never held whole
// (only a signed one, which is kept as it came). file stays open and is the caller's.
StrippedPdf stripPdfMetadata(std::FILE* file, const std::string& name);

}  // namespace baosong::app::intake
