#include "jpeg_maker.h"

#include <libexif/exif-data.h>

#include <cstring>
#include <string>

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

std::vector<unsigned char> cmykJpeg(int width, int height) {
    std::vector<unsigned char> cmyk(
        static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4, 0);
    for (std::size_t i = 0; i < cmyk.size(); i += 4) {
        cmyk[i] = 200;  // cyan
    }
    tjhandle handle = tjInitCompress();
    unsigned char* jpeg = nullptr;
    unsigned long size = 0;
    if (tjCompress2(handle, cmyk.data(), width, 0, height, TJPF_CMYK, &jpeg, &size, TJSAMP_444, 90,
                    0) != 0) {
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
        // Noise on a dark left half and a bright right half: incompressible enough to
        // reach the size at a small width, and nothing OCR takes for words once it splits
        // dark from bright (noise over the whole range costs Tesseract a minute a photo;
        // extract/ocr_engine.h).
        auto jpeg = makeJpeg(width, width * 3 / 4, [&](int x, int) -> Rgb {
            const auto v = rng();
            const int base = x < width / 2 ? 0 : 160;
            return {static_cast<unsigned char>(base + (v & 0xFF) % 96),
                    static_cast<unsigned char>(base + ((v >> 8) & 0xFF) % 96),
                    static_cast<unsigned char>(base + ((v >> 16) & 0xFF) % 96)};
        });
        if (jpeg.size() >= minBytes) {
            return jpeg;
        }
    }
}

namespace {
void addAscii(ExifContent* ifd, ExifTag tag, const char* value) {
    ExifEntry* entry = exif_entry_new();
    entry->tag = tag;
    entry->format = EXIF_FORMAT_ASCII;
    entry->components = std::strlen(value) + 1;
    entry->size = static_cast<unsigned int>(entry->components);
    entry->data = static_cast<unsigned char*>(std::malloc(entry->size));
    std::memcpy(entry->data, value, entry->size);
    exif_content_add_entry(ifd, entry);
    exif_entry_unref(entry);
}

// Degrees, minutes and hundredths of seconds as three EXIF rationals (a GPS coordinate).
void addCoordinate(ExifData* data, ExifTag tag, unsigned degrees, unsigned minutes,
                   unsigned centiseconds) {
    ExifEntry* entry = exif_entry_new();
    entry->tag = tag;
    entry->format = EXIF_FORMAT_RATIONAL;
    entry->components = 3;
    entry->size = 3 * 8;
    entry->data = static_cast<unsigned char*>(std::malloc(entry->size));
    const ExifByteOrder order = exif_data_get_byte_order(data);
    exif_set_rational(entry->data, order, {degrees, 1});
    exif_set_rational(entry->data + 8, order, {minutes, 1});
    exif_set_rational(entry->data + 16, order, {centiseconds, 100});
    exif_content_add_entry(data->ifd[EXIF_IFD_GPS], entry);
    exif_entry_unref(entry);
}

// An EXIF APP1 payload ("Exif\0\0" + TIFF) with a camera, when the photo was taken and
// where: 40°44'30.12" N, 111°39'12.34" E.
std::vector<unsigned char> exifPayload() {
    ExifData* data = exif_data_new();
    addAscii(data->ifd[EXIF_IFD_0], EXIF_TAG_MAKE, "TestCam");
    addAscii(data->ifd[EXIF_IFD_EXIF], EXIF_TAG_DATE_TIME_ORIGINAL, "2023:05:20 08:00:00");
    addAscii(data->ifd[EXIF_IFD_GPS], static_cast<ExifTag>(EXIF_TAG_GPS_LATITUDE_REF), "N");
    addCoordinate(data, static_cast<ExifTag>(EXIF_TAG_GPS_LATITUDE), 40, 44, 3012);
    addAscii(data->ifd[EXIF_IFD_GPS], static_cast<ExifTag>(EXIF_TAG_GPS_LONGITUDE_REF), "E");
    addCoordinate(data, static_cast<ExifTag>(EXIF_TAG_GPS_LONGITUDE), 111, 39, 1234);
    unsigned char* buffer = nullptr;
    unsigned int size = 0;
    exif_data_save_data(data, &buffer, &size);
    std::vector<unsigned char> out(buffer, buffer + size);
    std::free(buffer);
    exif_data_unref(data);
    return out;
}

std::vector<unsigned char> text(const std::string& s) {
    return std::vector<unsigned char>(s.begin(), s.end());
}
}  // namespace

void appendJpegSegment(std::vector<unsigned char>& out, unsigned char marker,
                       const std::vector<unsigned char>& payload) {
    const std::size_t length = payload.size() + 2;
    out.insert(out.end(), {0xFF, marker, static_cast<unsigned char>(length >> 8),
                           static_cast<unsigned char>(length & 0xFF)});
    out.insert(out.end(), payload.begin(), payload.end());
}

std::vector<unsigned char> withMetadata(const std::vector<unsigned char>& original) {
    const std::size_t jfifEnd = 4 + (std::size_t{original[4]} << 8 | original[5]);
    std::vector<unsigned char> out(original.begin(),
                                   original.begin() + static_cast<std::ptrdiff_t>(jfifEnd));
    appendJpegSegment(out, 0xE1, exifPayload());
    appendJpegSegment(out, 0xE1,
                      text(std::string("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>", 42)));
    appendJpegSegment(out, 0xED, text("Photoshop 3.0"));
    appendJpegSegment(out, 0xFE, text("taken at the range"));
    appendJpegSegment(out, 0xEC, text("Ducky"));
    out.insert(out.end(), original.begin() + static_cast<std::ptrdiff_t>(jfifEnd), original.end());
    const auto trailer = text("MPF second image");
    out.insert(out.end(), trailer.begin(), trailer.end());
    return out;
}

}  // namespace baosong::test
