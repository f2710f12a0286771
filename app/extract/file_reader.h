#pragma once
// Reads the words out of any file baosong accepts (intake/file_format.h): a PDF's text
// layer or OCR of its scanned pages, a Word or Excel file's parts, OCR of a JPEG or PNG.
// The OCR models (about 100 MiB) are loaded on the first picture the process reads and kept
// for the rest of it; one reading at a time uses them, whichever thread asks.

#include <cstdint>
#include <span>
#include <string>

#include "extracted_text.h"
#include "read_progress.h"

namespace baosong::app::extract {

enum class ReadableFormat { Pdf, Office, Image };

class FileReader {
  public:
    // Throws AppError: BadInput for a file that cannot be read (pdf_text.h, office_text.h,
    // image_text.h), Problem "ocr_unavailable" or "read_cancelled".
    ExtractedText read(ReadableFormat format, std::span<const std::uint8_t> file,
                       const std::string& path, const ReadProgress& progress = {});

    // What reads, kept with each result: a result from another version is read again.
    static std::string version();
};

}  // namespace baosong::app::extract
