#include "file_reader.h"

#include <memory>
#include <mutex>

#include "image_text.h"
#include "ocr_engine.h"
#include "office_text.h"
#include "pdf_text.h"

namespace baosong::app::extract {

namespace {
std::mutex ocrInUse;

// Under ocrInUse.
OcrEngine& ocr() {
    static std::unique_ptr<OcrEngine> engine;
    if (!engine) {
        engine = std::make_unique<OcrEngine>();
    }
    return *engine;
}
}  // namespace

ExtractedText FileReader::read(ReadableFormat format, std::span<const std::uint8_t> file,
                               const std::string& path, const ReadProgress& progress) {
    ExtractedText out;
    const std::lock_guard<std::mutex> oneAtATime(ocrInUse);
    switch (format) {
        case ReadableFormat::Pdf:
            out.pieces = pdfText(file, path, ocr(), progress);
            break;
        case ReadableFormat::Office:
            out.pieces = officeText(file, path);
            break;
        case ReadableFormat::Image:
            out.pieces.push_back(imageText(file, path, ocr(), progress));
            break;
    }
    return out;
}

std::string FileReader::version() {
    // Raise the first number when what a reader returns for the same file changes.
    return "baosong-read/2; " + OcrEngine::version() + "; " + std::to_string(kScanDpi) + " dpi";
}

}  // namespace baosong::app::extract
