#pragma once
// A FlowDocument as a Word package: paragraphs, tables (rows kept whole where asked,
// w:cantSplit) and page breaks in WordprocessingML, pictures as image parts.

#include <string>

#include "flow_document.h"

namespace baosong::app::documents {

// The .docx file's bytes; the same document gives the same bytes.
std::string flowDocx(const FlowDocument& document);

}  // namespace baosong::app::documents
