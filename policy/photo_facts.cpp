#include "photo_facts.h"

#include <turbojpeg.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

namespace baosong::policy {

namespace {
constexpr long long kMaxPixels = 100'000'000;

struct TurboJpegDeleter {
    void operator()(void* handle) const { tjDestroy(handle); }
};
using TurboJpeg = std::unique_ptr<void, TurboJpegDeleter>;

// ID-photo blue (the common 蓝底 is about RGB 67,142,219): hue 190°–250°, clearly
// saturated, not dark.
bool isBlue(const unsigned char* p) {
    const int r = p[0], g = p[1], b = p[2];
    const int max = std::max({r, g, b}), min = std::min({r, g, b});
    if (max != b || max < 90 || (max - min) * 100 < max * 30) {
        return false;
    }
    const double hue = 240.0 + 60.0 * (r - g) / (max - min);
    return hue >= 190.0 && hue <= 250.0;
}

// The top band and the upper two thirds of the side bands: where a 2-inch photo shows
// background, above and beside the head; the bottom is clothing.
std::optional<bool> blueBorder(const std::vector<unsigned char>& rgb, int w, int h) {
    const int band = std::max(2, std::min(w, h) / 20);
    long blue = 0, total = 0;
    for (int y = 0; y < h * 2 / 3; ++y) {
        for (int x = 0; x < w; ++x) {
            if (y >= band && x >= band && x < w - band) {
                continue;
            }
            total += 1;
            blue += isBlue(&rgb[static_cast<std::size_t>((y * w + x) * 3)]) ? 1 : 0;
        }
    }
    if (total == 0) {
        return std::nullopt;
    }
    return blue * 100 >= total * 70;
}
}  // namespace

PhotoFacts inspectPhoto(std::span<const std::uint8_t> bytes) {
    PhotoFacts facts;
    facts.bytes = bytes.size();
    if (bytes.size() < 4 || bytes[0] != 0xFF || bytes[1] != 0xD8 || bytes[2] != 0xFF) {
        return facts;  // no JPEG start-of-image marker
    }
    TurboJpeg handle(tjInitDecompress());
    int width = 0, height = 0, subsampling = 0, colorspace = 0;
    if (!handle ||
        tjDecompressHeader3(handle.get(), bytes.data(), bytes.size(), &width, &height, &subsampling,
                            &colorspace) != 0 ||
        width <= 0 || height <= 0) {
        return facts;
    }
    facts.isJpeg = true;
    facts.width = width;
    facts.height = height;
    // A few hundred bytes can declare 60000×60000 pixels; decoding that would take
    // gigabytes. No camera makes more than this.
    if (static_cast<long long>(width) * height > kMaxPixels) {
        facts.oversized = true;
        return facts;
    }
    if (colorspace == TJCS_CMYK || colorspace == TJCS_YCCK) {
        // A valid print-style JPEG: decodable, but its background colour is not judged.
        std::vector<unsigned char> cmyk(static_cast<std::size_t>(width) *
                                        static_cast<std::size_t>(height) * 4);
        facts.decoded =
            tjDecompress2(handle.get(), bytes.data(), bytes.size(), cmyk.data(), width, 0, height,
                          TJPF_CMYK, TJFLAG_FASTDCT | TJFLAG_LIMITSCANS) == 0;
        return facts;
    }
    // Decode at most about 512 px wide (1/2, 1/4 or 1/8 scale): enough to judge a
    // background, cheap for 20 MP.
    int denom = 1;
    while (denom < 8 && width / denom > 512) {
        denom *= 2;
    }
    const tjscalingfactor scale{1, denom};
    const int w = TJSCALED(width, scale);
    const int h = TJSCALED(height, scale);
    std::vector<unsigned char> rgb(static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 3);
    if (tjDecompress2(handle.get(), bytes.data(), bytes.size(), rgb.data(), w, 0, h, TJPF_RGB,
                      TJFLAG_FASTDCT | TJFLAG_LIMITSCANS) != 0) {
        return facts;  // a truncated or damaged JPEG: the header read, the image did not
    }
    facts.decoded = true;
    facts.blueBackground = blueBorder(rgb, w, h);  // nullopt for an image too small to judge
    return facts;
}

}  // namespace baosong::policy
