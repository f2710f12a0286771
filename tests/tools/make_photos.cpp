// make_photos: writes the photos a submission names, so examples and tests need no binary
// files in the repository. ID photos are 2-inch (413×579 px at 300 dpi ≈ 35×49 mm) on a
// blue background; life photos are camera-sized noise at quality 95, grown until each is
// at least --life-bytes (the notice asks for ≥ 2 MB). The stamped scans (盖章版) it names are
// one-page PDFs saying what they stand in for: the real ones are paper, signed, stamped and
// scanned.
//
// usage: make_photos SUBMISSION.json [--life-bytes N] [--attachments]

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
#include "support/jpeg_maker.h"
#include "support/pdf_maker.h"

namespace {
namespace fs = std::filesystem;

template <typename Bytes>
void write(const fs::path& path, const Bytes& bytes) {
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
                write(base / c.photo, baosong::test::idPhoto(seed++));
            }
            for (const auto& life : c.lifePhotos) {
                write(base / life, baosong::test::lifePhoto(seed++, lifeBytes));
            }
        }
        for (const auto& ref : baosong::policy::fileReferences(submission)) {
            if (ref.kind == baosong::policy::FileReference::Kind::Stamped) {
                write(base / ref.path, baosong::test::makePdfShowing("stamped " + ref.keyPath));
            }
        }
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "make_photos: " << e.what() << "\n";
        return 1;
    }
}
