#pragma once
// The record of what intake removed from a file (submission.md "Importing into a vault"),
// kept in the vault beside the file for the reviewer: written by the JPEG, PNG, PDF and
// Office strippers, read back by the summary and by review.json, in this one place. The values
// (a GPS position, an author) stay in the vault; what leaves names only the kinds.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace baosong::app::intake {

// From a photo (jpeg_metadata.h).
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
    std::string json() const;  // the stored record
    // What kinds were removed, never their values: "gps", "exif", "xmp", "iptc",
    // "comment", "thumbnail", "trailing_data", "other", in that order.
    std::vector<std::string> kinds() const;
};

// From a PDF (pdf_metadata.h).
struct RemovedPdfMetadata {
    bool stripped = false;          // false: left as it is (see signedDocument)
    bool signedDocument = false;    // carries a signature: left as it is
    bool repaired = false;          // qpdf had to repair a damaged file to read it
    std::vector<std::string> info;  // keys of the information dictionary, e.g. "Author"
    std::string author;             // values, for the reviewer (the removed ones, or the
    std::string creator;            // ones still there when the file was left as it is)
    std::string producer;
    bool xmp = false;            // XMP streams on any object
    bool pieceInfo = false;      // applications' private data (/PieceInfo)
    bool dates = false;          // /LastModified
    bool thumbnail = false;      // page thumbnails
    bool annotations = false;    // comment authors (/T), annotation dates
    bool embeddedFiles = false;  // files embedded in the PDF
    bool imageMetadata = false;  // EXIF, XMP or comments inside JPEG images

    std::string json() const;  // the stored record, with "pdf": true
    // "kept_signed" (a signed PDF, kept whole), "info", "xmp", "piece_info", "dates",
    // "thumbnail", "annotations", "embedded_files", "image_metadata", in that order.
    std::vector<std::string> kinds() const;
};

// From a Word or Excel file (office_metadata.h).
struct RemovedOfficeMetadata {
    std::string format;                   // "docx" or "xlsx"
    std::vector<std::string> properties;  // document properties that held a value: "creator",
                                          // "lastModifiedBy", "Company", "Template" …
    std::string creator;                  // values, for the reviewer
    std::string lastModifiedBy;
    std::string company;
    std::vector<std::string> people;  // names of comment and revision authors, distinct
    bool customProperties = false;    // docProps/custom.xml
    bool authors = false;             // comment and tracked-change authors and dates
    bool rsid = false;                // Word's revision-session ids
    bool printerSettings = false;     // the printer settings parts (the printer, its driver)
    bool thumbnail = false;           // docProps/thumbnail.*
    bool templatePath = false;        // the template a document was made from (a path)
    bool filePath = false;            // where the workbook was last saved (a path)

    std::string json() const;  // the stored record, with "office": true
    // "properties", "custom_properties", "authors", "rsid", "printer_settings", "thumbnail",
    // "template", "file_path", in that order.
    std::vector<std::string> kinds() const;
};

// From a PNG picture (png_metadata.h).
struct RemovedPngMetadata {
    std::vector<std::string> textKeys;  // keywords of the text chunks: "Author", "Comment" …
    bool exif = false;
    bool time = false;
    bool trailingData = false;
    std::vector<std::string> other;  // other ancillary chunks, by type
    std::uint64_t bytesRemoved = 0;

    std::string json() const;  // the stored record, with "png": true
    // "text", "exif", "time", "trailing_data", "other", in that order.
    std::vector<std::string> kinds() const;
};

using RemovedRecord =
    std::variant<RemovedMetadata, RemovedPdfMetadata, RemovedOfficeMetadata, RemovedPngMetadata>;

// A stored record read back; nullopt for "" or text that is no record.
std::optional<RemovedRecord> parseRemovedRecord(std::string_view json);

// The kinds a stored record says were removed (kinds() above), never the values: what
// leaves the unit (review.json) says that a position or an author was stripped, not which.
// nullopt for "" or text that is no record.
std::optional<std::vector<std::string>> removedKinds(std::string_view json);

}  // namespace baosong::app::intake
