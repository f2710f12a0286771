#include "ocr_engine.h"

#include <leptonica/allheaders.h>
#include <omp.h>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>

#include "base/app_error.h"
#include "policy/utf8_codec.h"

namespace baosong::app::extract {

namespace {
// One model for each direction: the horizontal one reads every reading as laid out, the
// vertical one the readings as vertical lines. Both in one engine ("chi_sim+chi_sim_vert")
// would run both models on every line, for twice the time, and load both for a page of
// horizontal text.
constexpr const char* kHorizontal = "chi_sim";
constexpr const char* kVertical = "chi_sim_vert";

// CJK ideographs (the unified blocks, extensions and compatibility forms) and CJK and
// full-width punctuation: text in which a space is never printed between characters.
bool chinese(char32_t c) {
    return (c >= 0x3000 && c <= 0x303F) || (c >= 0x3400 && c <= 0x9FFF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0x20000 && c <= 0x3FFFF);
}

bool cancelRead(void* progress, int /*words*/) {
    return static_cast<const ReadProgress*>(progress)->wasCancelled();
}
}  // namespace

struct OcrEngine::Engine {
    tesseract::TessBaseAPI api;
};

OcrEngine::OcrEngine() = default;

tesseract::TessBaseAPI& OcrEngine::engine(Layout layout) {
    std::unique_ptr<Engine>& engine = layout == Layout::Auto ? horizontal_ : vertical_;
    if (!engine) {
        auto made = std::make_unique<Engine>();
        const char* language = layout == Layout::Auto ? kHorizontal : kVertical;
        // Debian's models live where libtesseract was built to look (TESSDATA_PREFIX may
        // point elsewhere); errors and warnings go nowhere rather than to the terminal.
        if (made->api.Init(nullptr, language, tesseract::OEM_LSTM_ONLY) != 0) {
            throw AppError(ErrorKind::Problem, "ocr_unavailable",
                           Text("ocr_unavailable").with("languages", language));
        }
        made->api.SetVariable("debug_file", "/dev/null");
        engine = std::move(made);
    }
    return engine->api;
}

OcrEngine::~OcrEngine() = default;

std::string OcrEngine::version() {
    return std::string("tesseract ") + tesseract::TessBaseAPI::Version() + " " + kHorizontal + "," +
           kVertical;
}

TextPiece OcrEngine::read(Pix* picture, int dpi, Layout layout, const ReadProgress& progress) {
    tesseract::TessBaseAPI& api = engine(layout);
    api.SetPageSegMode(layout == Layout::Auto ? tesseract::PSM_AUTO
                                              : tesseract::PSM_SINGLE_BLOCK_VERT_TEXT);
    api.SetImage(picture);
    // Tesseract guesses a resolution from the text's size when none is given (a photo);
    // 70 is the least it accepts without a warning.
    api.SetSourceResolution(dpi > 0 ? dpi : 70);
    // Debian's libtesseract runs its LSTM steps in OpenMP regions of four threads: on the
    // two-core machines units use, their synchronisation made a page four times slower than
    // one thread reads it (tests/bench/extract_bench: 12.4 s against 2.9 s an A4 page at
    // 200 dpi; Tesseract's own advice is OMP_THREAD_LIMIT=1, which only the environment of
    // a process about to start can set). No active level allowed: every region this thread
    // enters runs on it alone (OpenMP 5.0, omp_set_max_active_levels).
    omp_set_max_active_levels(0);
    tesseract::ETEXT_DESC monitor;
    monitor.cancel = cancelRead;
    monitor.cancel_this = const_cast<ReadProgress*>(&progress);
    monitor.set_deadline_msecs(layout == Layout::Auto ? kAutoLimitMs : kVerticalLimitMs);
    const int failed = api.Recognize(&monitor);
    progress.checkCancelled();
    const bool complete = !monitor.deadline_exceeded();
    if (failed != 0 && complete) {  // stopped at the time limit: what was read is kept
        throw AppError(ErrorKind::Problem, "ocr_failed", Text("ocr_failed"));
    }
    const double width = pixGetWidth(picture);
    const double height = pixGetHeight(picture);
    TextPiece piece;
    piece.ocr = true;
    piece.complete = complete;
    std::size_t at = 0;  // code points written
    char32_t last = 0;   // the last character written
    std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
    if (!it) {
        return piece;
    }
    constexpr auto kSymbol = tesseract::RIL_SYMBOL;
    do {
        if (it->Empty(kSymbol)) {
            continue;
        }
        const std::unique_ptr<char[]> symbol(it->GetUTF8Text(kSymbol));
        if (!symbol) {
            continue;
        }
        const std::string utf8(symbol.get());
        const std::u32string decoded = policy::decodeUtf8(utf8);
        const std::size_t length = decoded.size();
        if (!piece.text.empty() && it->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) {
            piece.text += '\n';
            ++at;
        } else if (!piece.text.empty() && it->IsAtBeginningOf(tesseract::RIL_WORD) &&
                   !chinese(last) && !decoded.empty() && !chinese(decoded.front())) {
            // Tesseract cuts a line of Chinese into "words" where it likes, a number or a
            // Latin code its own: a space is written only between two words of neither,
            // as Chinese prints none beside a Chinese character ("96815部队", not
            // "96815 部队", which the scanner would read as two).
            piece.text += ' ';
            ++at;
        }
        if (!decoded.empty()) {
            last = decoded.back();
        }
        int left = 0, top = 0, right = 0, bottom = 0;
        it->BoundingBox(kSymbol, &left, &top, &right, &bottom);
        piece.text += utf8;
        piece.runs.push_back(
            {at,
             at + length,
             {left / width, top / height, (right - left) / width, (bottom - top) / height}});
        at += length;
    } while (it->Next(kSymbol));
    api.Clear();
    return piece;
}

}  // namespace baosong::app::extract
