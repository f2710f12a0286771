#include "file_reader.h"

#include "image_text.h"
#include "ocr_engine.h"
#include "office_text.h"
#include "pdf_text.h"

namespace baosong::app::extract {

FileReader::FileReader() = default;
FileReader::~FileReader() = default;

OcrEngine& FileReader::ocr() {
    if (!ocr_) {
        ocr_ = std::make_unique<OcrEngine>();
    }
    return *ocr_;
}

ExtractedText FileReader::read(ReadableFormat format, std::span<const std::uint8_t> file,
                               const std::string& path, const ReadProgress& progress) {
    ExtractedText out;
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
    return "baosong-read/1; " + OcrEngine::version() + "; " + std::to_string(kScanDpi) + " dpi";
}

}  // namespace baosong::app::extract
