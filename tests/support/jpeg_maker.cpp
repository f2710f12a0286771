#include "jpeg_maker.h"

#include <turbojpeg.h>

#include <cstdlib>
#include <random>
#include <stdexcept>

namespace baosong::test {

std::vector<unsigned char> makeJpeg(int width, int height,
                                    const std::function<Rgb(int x, int y)>& pixel, int quality) {
    std::vector<unsigned char> rgb(static_cast<std::size_t>(width) *
                                   static_cast<std::size_t>(height) * 3);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const Rgb p = pixel(x, y);
            unsigned char* out =
                &rgb[(static_cast<std::size_t>(y) * static_cast<std::size_t>(width) +
                      static_cast<std::size_t>(x)) *
                     3];
            out[0] = p.r;
            out[1] = p.g;
            out[2] = p.b;
        }
    }
    tjhandle handle = tjInitCompress();
    unsigned char* jpeg = nullptr;
    unsigned long size = 0;
    if (tjCompress2(handle, rgb.data(), width, 0, height, TJPF_RGB, &jpeg, &size, TJSAMP_444,
                    quality, TJFLAG_ACCURATEDCT) != 0) {
        tjDestroy(handle);
        throw std::runtime_error(tjGetErrorStr());
    }
    std::vector<unsigned char> out(jpeg, jpeg + size);
    tjFree(jpeg);
    tjDestroy(handle);
    return out;
}

std::vector<unsigned char> idPhoto(std::uint32_t seed, Rgb background) {
    std::mt19937 rng(seed);
    const int w = 413, h = 579;
    return makeJpeg(w, h, [&](int x, int y) -> Rgb {
        const double dx = (x - w / 2.0) / 95.0, dy = (y - 230.0) / 120.0;
        if (dx * dx + dy * dy < 1.0) {
            return {230, 190, 160};
        }
        if (y > 400 && std::abs(x - w / 2) < (y - 330)) {
            return {30, 30, 40};
        }
        return {static_cast<unsigned char>(background.r + rng() % 6),
                static_cast<unsigned char>(background.g + rng() % 6),
                static_cast<unsigned char>(background.b + rng() % 6)};
    });
}

std::vector<unsigned char> lifePhoto(std::uint32_t seed, std::uint64_t minBytes) {
    std::mt19937 rng(seed);
    for (int width = 1200;; width += 400) {
        auto jpeg = makeJpeg(width, width * 3 / 4, [&](int, int) -> Rgb {
            const auto v = rng();
            return {static_cast<unsigned char>(v), static_cast<unsigned char>(v >> 8),
                    static_cast<unsigned char>(v >> 16)};
        });
        if (jpeg.size() >= minBytes) {
            return jpeg;
        }
    }
}

}  // namespace baosong::test
