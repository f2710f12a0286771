// make_photos: writes the photos a submission names, so examples and tests need no binary
// files in the repository. ID photos are 2-inch (413×579 px at 300 dpi ≈ 35×49 mm) on a
// blue background; life photos are camera-sized noise at quality 95, grown until each is
// at least --life-bytes (the notice asks for ≥ 2 MB).
//
// usage: make_photos SUBMISSION.json [--life-bytes N] [--attachments]

#include <turbojpeg.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "policy/submission_json.h"

namespace {
namespace fs = std::filesystem;

std::vector<unsigned char> encode(const std::vector<unsigned char>& rgb, int width, int height) {
    tjhandle handle = tjInitCompress();
    unsigned char* jpeg = nullptr;
    unsigned long size = 0;
    if (tjCompress2(handle, rgb.data(), width, 0, height, TJPF_RGB, &jpeg, &size, TJSAMP_444, 95,
                    TJFLAG_ACCURATEDCT) != 0) {
        tjDestroy(handle);
        throw std::runtime_error(tjGetErrorStr());
    }
    std::vector<unsigned char> out(jpeg, jpeg + size);
    tjFree(jpeg);
    tjDestroy(handle);
    return out;
}

std::vector<unsigned char> idPhoto(std::uint32_t seed) {
    const int w = 413, h = 579;
    std::vector<unsigned char> rgb(static_cast<std::size_t>(w * h * 3));
    std::mt19937 rng(seed);
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            unsigned char* p = &rgb[static_cast<std::size_t>((y * w + x) * 3)];
            const double dx = (x - w / 2.0) / 95.0, dy = (y - 230.0) / 120.0;
            const bool head = dx * dx + dy * dy < 1.0;
            const bool shoulders = y > 400 && std::abs(x - w / 2) < (y - 330);
            if (head) {
                p[0] = 230, p[1] = 190, p[2] = 160;
            } else if (shoulders) {
                p[0] = 30, p[1] = 30, p[2] = 40;
            } else {  // ID-photo blue, with a little sensor noise
                p[0] = static_cast<unsigned char>(60 + rng() % 6);
                p[1] = static_cast<unsigned char>(140 + rng() % 6);
                p[2] = static_cast<unsigned char>(220 + rng() % 6);
            }
        }
    }
    return encode(rgb, w, h);
}

std::vector<unsigned char> lifePhoto(std::uint32_t seed, std::uint64_t minBytes) {
    std::mt19937 rng(seed);
    for (int width = 1200;; width += 400) {
        const int height = width * 3 / 4;
        std::vector<unsigned char> rgb(static_cast<std::size_t>(width) *
                                       static_cast<std::size_t>(height) * 3);
        for (auto& v : rgb) {
            v = static_cast<unsigned char>(rng());
        }
        auto jpeg = encode(rgb, width, height);
        if (jpeg.size() >= minBytes) {
            return jpeg;
        }
    }
}

void write(const fs::path& path, const std::vector<unsigned char>& bytes) {
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out.write(reinterpret_cast<const char*>(bytes.data()),
              static_cast<std::streamsize>(bytes.size()));
    if (!out) {
        throw std::runtime_error("cannot write " + path.string());
    }
}
}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: make_photos SUBMISSION.json [--life-bytes N]\n";
        return 2;
    }
    std::uint64_t lifeBytes = 2200000;
    for (int i = 2; i + 1 < argc; i += 2) {
        if (std::string(argv[i]) == "--life-bytes") {
            lifeBytes = std::stoull(argv[i + 1]);
        }
    }
    try {
        std::ifstream in(argv[1], std::ios::binary);
        std::stringstream text;
        text << in.rdbuf();
        const auto submission = baosong::policy::parseSubmission(text.str());
        const fs::path base = fs::path(argv[1]).parent_path();
        std::uint32_t seed = 1;
        for (const auto& c : submission.candidates) {
            if (!c.photo.empty()) {
                write(base / c.photo, idPhoto(seed++));
            }
            for (const auto& life : c.lifePhotos) {
                write(base / life, lifePhoto(seed++, lifeBytes));
            }
        }
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "make_photos: " << e.what() << "\n";
        return 1;
    }
}
