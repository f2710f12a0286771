#pragma once
// Word (.docx) and Excel (.xlsx) attachments leave the unit without what is not their
// content (submission.md "Importing into a vault"), as photos and PDFs do: the document
// properties (docProps/core.xml: creator, last editor, dates, title …; app.xml: company,
// manager, template, application), custom properties, the names and dates of comment
// and tracked-change authors, Word's revision-session ids (rsid), the printer settings
// parts, the embedded thumbnail, the template's path and the folder a workbook was saved
// in. The text, tables, images and layout are left as they are: only the parts and
// attributes named here change, and a part with nothing to remove keeps its bytes.
// The package is written again with fixed zip times (ooxml/zip_package.h), so the same
// input always gives the same bytes.
//
// Why not LibreOffice: a round trip through another program rewrites every part, which
// changes the layout the unit signed; and it is a large parser of untrusted input to run
// at every import.

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "removed_metadata.h"

namespace baosong::app::intake {

struct StrippedOffice {
    std::vector<std::uint8_t> bytes;
    RemovedOfficeMetadata removed;
};

// Throws AppError (BadInput): "attachment_malformed" for a zip or XML part that cannot be
// read (ooxml/), "attachment_format_unsupported" for a package that is neither a Word
// document nor an Excel workbook (a presentation, a plain .zip) or that carries macros.
StrippedOffice stripOfficeMetadata(std::span<const std::uint8_t> file, const std::string& path);

}  // namespace baosong::app::intake
