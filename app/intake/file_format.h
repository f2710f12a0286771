#pragma once
// What an attachment is, by its first bytes, never by its name: the formats whose every
// word baosong can read (and so scan, scanner.md "Files") and strip (submission.md
// "Importing into a vault"), and, for the rest, what they look like, so the refusal can
// say what to convert them to. Nothing that cannot be read is sealed unscanned.

#include <cstdint>
#include <span>
#include <string>

#include "pdf_metadata.h"

namespace baosong::app::intake {

enum class FileFormat {
    Jpeg,
    Png,
    Pdf,
    OfficePackage,  // a zip: DOCX or XLSX once office_metadata.h has looked inside
    LegacyOffice,   // OLE2 compound file: .doc, .xls, .ppt, .wps, .et
    Archive,        // .zip-less archives: RAR, 7z, gzip, bzip2, xz
    OtherImage,     // TIFF, GIF, BMP, WebP, HEIC
    Unknown,
};

// What detectFileFormat looks at, at most: a file's first bytes are enough.
inline constexpr std::size_t kFormatHeadBytes = kPdfHeaderWindow;

FileFormat detectFileFormat(std::span<const std::uint8_t> file);

// Throws AppError (BadInput, "attachment_format_unsupported") naming `path` and saying what
// to convert the file to, for a format that is not Jpeg, Png, Pdf or OfficePackage.
void requireReadableFormat(FileFormat format, const std::string& path);

}  // namespace baosong::app::intake
