#include "file_format.h"

#include <algorithm>
#include <string_view>

#include "base/app_error.h"
#include "pdf_metadata.h"

namespace baosong::app::intake {

namespace {
bool startsWith(std::span<const std::uint8_t> file, std::string_view magic, std::size_t at = 0) {
    return file.size() >= at + magic.size() &&
           std::equal(magic.begin(), magic.end(), file.begin() + static_cast<std::ptrdiff_t>(at),
                      [](char a, std::uint8_t b) { return static_cast<std::uint8_t>(a) == b; });
}
}  // namespace

FileFormat detectFileFormat(std::span<const std::uint8_t> file) {
    using namespace std::string_view_literals;
    if (startsWith(file, "\xFF\xD8\xFF"sv)) {
        return FileFormat::Jpeg;
    }
    if (startsWith(file, "\x89PNG\r\n\x1A\n"sv)) {
        return FileFormat::Png;
    }
    if (looksLikePdf(file)) {
        return FileFormat::Pdf;
    }
    if (startsWith(file, "PK\x03\x04"sv) || startsWith(file, "PK\x05\x06"sv)) {
        return FileFormat::OfficePackage;
    }
    if (startsWith(file, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"sv)) {
        return FileFormat::LegacyOffice;
    }
    if (startsWith(file, "Rar!\x1A\x07"sv) || startsWith(file, "7z\xBC\xAF\x27\x1C"sv) ||
        startsWith(file, "\x1F\x8B"sv) || startsWith(file, "BZh"sv) ||
        startsWith(file,
                   "\xFD"
                   "7zXZ\x00"sv)) {
        return FileFormat::Archive;
    }
    if (startsWith(file, "II*\x00"sv) || startsWith(file, "MM\x00*"sv) ||
        startsWith(file, "GIF8"sv) || startsWith(file, "BM"sv) ||
        (startsWith(file, "RIFF"sv) && startsWith(file, "WEBP"sv, 8)) ||
        startsWith(file, "ftyp"sv, 4)) {
        return FileFormat::OtherImage;
    }
    return FileFormat::Unknown;
}

void requireReadableFormat(FileFormat format, const std::string& path) {
    const char* what = nullptr;
    switch (format) {
        case FileFormat::Jpeg:
        case FileFormat::Png:
        case FileFormat::Pdf:
        case FileFormat::OfficePackage:
            return;
        case FileFormat::LegacyOffice:
            what = "format_legacy_office";
            break;
        case FileFormat::Archive:
            what = "format_archive";
            break;
        case FileFormat::OtherImage:
            what = "format_other_image";
            break;
        case FileFormat::Unknown:
            what = "format_unknown";
            break;
    }
    throw AppError(
        ErrorKind::BadInput, "attachment_format_unsupported",
        Text("attachment_format_unsupported").with("path", path).with("what", Text(what)));
}

}  // namespace baosong::app::intake
