#pragma once
// A FlowDocument as a PDF through Cairo's PDF surface: A4, paginated by flow_pdf_layout,
// text shaped by Pango (HarfBuzz) in the free font of each face (flow_pdf_layout.h) and embedded as
// subset CID fonts whose ToUnicode maps name each glyph by the characters it was drawn for, so the
// text a reader copies from the page (a key fingerprint, a name with 𠮷) is the text printed.
// Photos are embedded as the JPEG bytes given, never re-encoded.

#include <string>

#include "flow_document.h"

namespace baosong::app::documents {

// The .pdf file's bytes; the same document gives the same bytes, whatever the clock and
// time zone (the creation date is the document's date). Throws AppError (Problem)
// "pdf_write_failed", "font_missing".
std::string flowPdf(const FlowDocument& document);

// cairo 1.16 writes the creation date it is given without the "D:" that ISO 32000-1
// §7.9.4 requires: "(20230710000000+00'00)". This rewrites it in place, keeping the
// length so the cross-reference offsets stay right, to "(D:20230710000000Z)" and spaces;
// a date that has its "D:" already is left as it is. Throws AppError
// "pdf_write_failed" when the PDF has not exactly one such date in UTC.
void prefixCreationDate(std::string& pdf);

}  // namespace baosong::app::documents
