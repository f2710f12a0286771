#include "image_text.h"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <memory>

#include "base/app_error.h"
#include "policy/utf8_codec.h"

namespace baosong::app::extract {

namespace {
struct PixFree {
    void operator()(Pix* pix) const noexcept { pixDestroy(&pix); }
};
using PixPtr = std::unique_ptr<Pix, PixFree>;

// Decoding a picture costs memory in its pixels, not its bytes: a small file may claim
// a huge image. 100 megapixels is more than any camera a unit has.
constexpr long kMaxPixels = 100'000'000;
}  // namespace

TextPiece imageText(std::span<const std::uint8_t> image, const std::string& path, OcrEngine& ocr,
                    const ReadProgress& progress) {
    const auto unreadable = [&] {
        return AppError(ErrorKind::BadInput, "image_unreadable",
                        Text("image_unreadable").with("path", path));
    };
    setMsgSeverity(L_SEVERITY_NONE);  // a damaged picture is said once, below, not on stderr
    l_int32 format = 0, width = 0, height = 0, bps = 0, spp = 0, colormap = 0;
    if (pixReadHeaderMem(image.data(), image.size(), &format, &width, &height, &bps, &spp,
                         &colormap) != 0 ||
        width <= 0 || height <= 0 || static_cast<long>(width) * height > kMaxPixels) {
        throw unreadable();
    }
    PixPtr pix(pixReadMem(image.data(), image.size()));
    if (!pix) {
        throw unreadable();
    }
    // Kept in colour: Tesseract thresholds each channel and keeps the best, which finds
    // dark words on a coloured board that one grey picture loses.
    PixPtr picture(pixGetDepth(pix.get()) == 32 ||
                           (pixGetDepth(pix.get()) == 8 && !pixGetColormap(pix.get()))
                       ? std::move(pix)
                       : PixPtr(pixConvertTo32(pix.get())));
    if (!picture) {
        throw unreadable();
    }
    const int side = std::max(pixGetWidth(picture.get()), pixGetHeight(picture.get()));
    if (side > kMaxOcrSide) {
        const float scale = static_cast<float>(kMaxOcrSide) / static_cast<float>(side);
        PixPtr smaller(pixScale(picture.get(), scale, scale));
        if (!smaller) {
            throw unreadable();
        }
        picture = std::move(smaller);
    }
    if (progress.step) {
        progress.step(path, 1, 1);
    }
    // Read three times, each reading after the last with a blank line between: as laid
    // out; at half the size, when the picture is large, because Tesseract's layout finds no
    // lines of words much taller than about 60 pixels (a sign filling a photo); and as one
    // block of vertical lines, for the sign on a gate or a wall written top to bottom, which
    // no automatic layout finds in a busy scene.
    TextPiece piece = ocr.read(picture.get(), 0, OcrEngine::Layout::Auto, progress);
    const auto append = [&piece](const TextPiece& more) {
        const std::size_t shift = policy::decodeUtf8(piece.text).size() + 2;
        piece.text += "\n\n" + more.text;
        for (TextRun run : more.runs) {
            run.start += shift;
            run.end += shift;
            piece.runs.push_back(run);
        }
        piece.complete = piece.complete && more.complete;
    };
    if (std::max(pixGetWidth(picture.get()), pixGetHeight(picture.get())) > kHalfReadingFrom) {
        PixPtr half(pixScale(picture.get(), 0.5F, 0.5F));
        if (!half) {
            throw unreadable();
        }
        append(ocr.read(half.get(), 0, OcrEngine::Layout::Auto, progress));
    }
    append(ocr.read(picture.get(), 0, OcrEngine::Layout::VerticalBlock, progress));
    piece.page = 1;
    return piece;
}

}  // namespace baosong::app::extract
