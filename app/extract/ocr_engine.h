#pragma once
// Optical character recognition of a page or photo with Tesseract's LSTM engine and
// Debian's Simplified Chinese models: chi_sim for lines as laid out, chi_sim_vert for
// vertical lines (tesseract-ocr-chi-sim, chi-sim-vert; they read Latin letters and digits
// too). Each model is loaded once, on first use: loading costs more than a page.

#include <memory>
#include <string>

#include "extracted_text.h"
#include "read_progress.h"

struct Pix;
namespace tesseract {
class TessBaseAPI;
}

namespace baosong::app::extract {

class OcrEngine {
  public:
    OcrEngine();
    ~OcrEngine();
    OcrEngine(const OcrEngine&) = delete;
    OcrEngine& operator=(const OcrEngine&) = delete;

    // How the picture is laid out. Auto: Tesseract finds the blocks and lines (a page, a
    // photo with horizontal words). VerticalBlock: the picture is read as one block of
    // vertical lines; the automatic layout misses a vertical sign on a busy scene.
    enum class Layout { Auto, VerticalBlock };

    // The time one reading may take: an A4 page or a photo's horizontal words take about
    // a second on the 2-core machine, a real vertical sign about one more.
    static constexpr int kAutoLimitMs = 60'000;
    static constexpr int kVerticalLimitMs = 5'000;

    // The words of an 8-bit grey or 32-bit colour picture, each character with its box as
    // fractions of the picture; dpi: the resolution it was made at (0 when unknown: a
    // photo). Throws AppError (Problem, "ocr_unavailable") when the layout's model cannot be
    // loaded. A reading that runs past its time limit stops and is marked incomplete:
    // Tesseract can spend minutes on a picture full of texture (gravel, foliage, sensor
    // noise) that it takes for a block of vertical lines. Throws "read_cancelled" when
    // progress says so.
    TextPiece read(Pix* picture, int dpi, Layout layout, const ReadProgress& progress);

    // What reads, for the record of each result: Tesseract's version and the models.
    static std::string version();

  private:
    struct Engine;
    // Loaded on first use: a run that reads only horizontal lines never loads the other.
    tesseract::TessBaseAPI& engine(Layout layout);
    std::unique_ptr<Engine> horizontal_;
    std::unique_ptr<Engine> vertical_;
};

}  // namespace baosong::app::extract
