#pragma once
// The words in a photo or a scanned picture (JPEG, PNG): decoded by leptonica, made
// smaller when larger than OCR needs, and read by OCR.

#include <cstdint>
#include <span>
#include <string>

#include "extracted_text.h"
#include "ocr_engine.h"
#include "read_progress.h"

namespace baosong::app::extract {

// The longest side a picture is read at: a sign legible in a photo is then still tens of
// pixels tall, and a 48-megapixel photo costs no more than a 9-megapixel one.
inline constexpr int kMaxOcrSide = 3000;
// A picture whose longer side is more than this is read a second time at half the size.
inline constexpr int kHalfReadingFrom = 1200;

// Throws AppError (BadInput, "image_unreadable") for a picture leptonica cannot decode.
TextPiece imageText(std::span<const std::uint8_t> image, const std::string& path, OcrEngine& ocr,
                    const ReadProgress& progress);

}  // namespace baosong::app::extract
