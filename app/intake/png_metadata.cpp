#include "png_metadata.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "base/app_error.h"

namespace baosong::app::intake {

namespace {
// PNG (ISO/IEC 15948), 5.2: the signature; 5.3: length, type, data, CRC.
constexpr std::array<std::uint8_t, 8> kSignature = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

AppError malformed(const char* whyKey) {
    return AppError(ErrorKind::BadInput, "photo_malformed",
                    Text("photo_malformed").with("why", Text(whyKey)));
}

std::uint32_t bigEndian(std::span<const std::uint8_t> at) {
    return (std::uint32_t{at[0]} << 24) | (std::uint32_t{at[1]} << 16) |
           (std::uint32_t{at[2]} << 8) | std::uint32_t{at[3]};
}

bool kept(std::string_view type) {
    for (const char* name : {"IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB", "bKGD",
                             "iCCP", "sBIT", "pHYs"}) {
        if (type == name) {
            return true;
        }
    }
    return false;
}
}  // namespace

StrippedPng stripPngMetadata(std::span<const std::uint8_t> file) {
    if (file.size() < kSignature.size() ||
        !std::equal(kSignature.begin(), kSignature.end(), file.begin())) {
        throw malformed("png_signature_invalid");
    }
    StrippedPng out;
    out.bytes.assign(kSignature.begin(), kSignature.end());
    std::size_t at = kSignature.size();
    bool first = true;
    bool ended = false;
    while (!ended) {
        if (file.size() - at < 12) {
            throw malformed("png_chunk_truncated");
        }
        const std::uint32_t length = bigEndian(file.subspan(at, 4));
        if (length > 0x7FFFFFFFU || file.size() - at - 12 < length) {
            throw malformed("png_chunk_truncated");
        }
        const std::string type(reinterpret_cast<const char*>(file.data() + at + 4), 4);
        const std::size_t whole = 12 + std::size_t{length};
        if (first && type != "IHDR") {
            throw malformed("png_header_missing");
        }
        first = false;
        if (kept(type)) {
            out.bytes.insert(out.bytes.end(), file.begin() + static_cast<std::ptrdiff_t>(at),
                             file.begin() + static_cast<std::ptrdiff_t>(at + whole));
        } else {
            RemovedPngMetadata& r = out.removed;
            r.bytesRemoved += whole;
            if (type == "tEXt" || type == "iTXt" || type == "zTXt") {
                // The keyword ends at the first NUL (5.4, 11.3.4): "Author", "Software" …
                const auto data = file.subspan(at + 8, length);
                const auto nul = std::find(data.begin(), data.end(), std::uint8_t{0});
                const std::string keyword(data.begin(), std::min(nul, data.begin() + 79));
                if (std::find(r.textKeys.begin(), r.textKeys.end(), keyword) == r.textKeys.end()) {
                    r.textKeys.push_back(keyword);
                }
            } else if (type == "eXIf") {
                r.exif = true;
            } else if (type == "tIME") {
                r.time = true;
            } else if (std::find(r.other.begin(), r.other.end(), type) == r.other.end()) {
                r.other.push_back(type);
            }
        }
        at += whole;
        ended = type == "IEND";
    }
    if (at < file.size()) {
        out.removed.trailingData = true;
        out.removed.bytesRemoved += file.size() - at;
    }
    return out;
}

}  // namespace baosong::app::intake
