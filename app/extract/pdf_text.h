#pragma once
// The words of a PDF, page by page: its text layer where it has one (poppler), each
// character with its box; a page without one (a scan) is drawn at kScanDpi and read by
// OCR.
//
// Why 200 dpi: a character of 五号 (10.5 pt), the body size of Chinese official paper,
// is then about 29 pixels tall, inside the 20–40 pixel height Tesseract's LSTM models read
// best; 300 dpi would cost 2.25 times the pixels and time for no better reading of such
// text. Small print (小五, 9 pt) is still 25 pixels.

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "extracted_text.h"
#include "ocr_engine.h"
#include "read_progress.h"

namespace baosong::app::extract {

inline constexpr int kScanDpi = 200;

// Throws AppError (BadInput, "attachment_malformed") for a PDF poppler cannot open or that
// needs a password; "read_cancelled" as progress says.
std::vector<TextPiece> pdfText(std::span<const std::uint8_t> pdf, const std::string& path,
                               OcrEngine& ocr, const ReadProgress& progress);

}  // namespace baosong::app::extract
