#pragma once
// A FlowDocument as a PDF through Qt's PDF writer: A4, the Noto CJK fonts embedded (as
// subsets), paginated by flow_pdf_layout. Qt needs a QGuiApplication: GuiRuntime.

#include <ctime>
#include <string>

#include "flow_document.h"

namespace baosong::app::documents {

// The .pdf file's bytes; the same document gives the same bytes (the creation date is
// the document's date). Throws AppError (Problem) "pdf_write_failed", "font_missing",
// "pdf_runtime_missing".
std::string flowPdf(const FlowDocument& document);

// Qt 6.4 stamps /CreationDate with the clock and offers no setter. This rewrites its
// digits in place to `when`, in the time zone Qt wrote, keeping the length so the
// cross-reference offsets stay right. Throws AppError "pdf_write_failed" when the PDF
// has not exactly one such date.
void pinCreationDate(std::string& pdf, std::time_t when);

}  // namespace baosong::app::documents
