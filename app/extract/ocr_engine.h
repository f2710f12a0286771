#pragma once
// Optical character recognition of a page or photo with Tesseract's LSTM engine and
// Debian's Simplified Chinese models for horizontal and vertical lines (tesseract-ocr-
// chi-sim, chi-sim-vert; they read Latin letters and digits too). One engine is loaded
// per reading run: loading the models costs far more than one page.

#include <memory>
#include <string>

#include "extracted_text.h"
#include "read_progress.h"

struct Pix;

namespace baosong::app::extract {

class OcrEngine {
  public:
    // Throws AppError (Problem, "ocr_unavailable") when the models cannot be loaded.
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
    // photo). A reading that runs past its time limit stops and is marked incomplete:
    // Tesseract can spend minutes on a picture full of texture (gravel, foliage, sensor
    // noise) that it takes for a block of vertical lines. Throws "read_cancelled" when
    // progress says so.
    TextPiece read(Pix* picture, int dpi, Layout layout, const ReadProgress& progress);

    // What reads, for the record of each result: Tesseract's version and the models.
    static std::string version();

  private:
    struct Engine;
    std::unique_ptr<Engine> engine_;
};

}  // namespace baosong::app::extract
