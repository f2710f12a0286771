// Metadata stripping on import: segments out, image bytes untouched. The strongest check:
// a libjpeg-turbo JPEG with EXIF (GPS), XMP, IPTC, a comment and trailing bytes added
// comes back byte for byte as it was made.

#include "core/jpeg_metadata.h"

#include <gtest/gtest.h>
#include <libexif/exif-data.h>

#include <cstdlib>
#include <cstring>
#include <nlohmann/json.hpp>
#include <string>

#include "store/app_error.h"
#include "support/jpeg_maker.h"

namespace baosong::app {
namespace {

using Bytes = std::vector<std::uint8_t>;

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

// An EXIF APP1 payload ("Exif\0\0" + TIFF) with a camera and a GPS latitude reference.
Bytes exifPayload() {
    ExifData* data = exif_data_new();
    addAscii(data->ifd[EXIF_IFD_0], EXIF_TAG_MAKE, "TestCam");
    addAscii(data->ifd[EXIF_IFD_GPS], static_cast<ExifTag>(EXIF_TAG_GPS_LATITUDE_REF), "N");
    unsigned char* buffer = nullptr;
    unsigned int size = 0;
    exif_data_save_data(data, &buffer, &size);
    Bytes out(buffer, buffer + size);
    std::free(buffer);
    exif_data_unref(data);
    return out;
}

void appendSegment(Bytes& out, std::uint8_t marker, const Bytes& payload) {
    const std::size_t length = payload.size() + 2;
    out.insert(out.end(), {0xFF, marker, static_cast<std::uint8_t>(length >> 8),
                           static_cast<std::uint8_t>(length & 0xFF)});
    out.insert(out.end(), payload.begin(), payload.end());
}

Bytes text(const std::string& s) {
    return Bytes(s.begin(), s.end());
}

Bytes made() {
    const auto jpeg = test::makeJpeg(64, 48, [](int x, int y) {
        return test::Rgb{static_cast<unsigned char>(x * 4), static_cast<unsigned char>(y * 5), 90};
    });
    return Bytes(jpeg.begin(), jpeg.end());
}

// original with metadata segments after its JFIF segment, and bytes after its end.
Bytes withMetadata(const Bytes& original) {
    const std::size_t jfifEnd = 4 + (std::size_t{original[4]} << 8 | original[5]);
    Bytes out(original.begin(), original.begin() + static_cast<std::ptrdiff_t>(jfifEnd));
    appendSegment(out, 0xE1, exifPayload());
    appendSegment(out, 0xE1, text(std::string("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>", 42)));
    appendSegment(out, 0xED, text("Photoshop 3.0"));
    appendSegment(out, 0xFE, text("taken at the range"));
    appendSegment(out, 0xEC, text("Ducky"));
    out.insert(out.end(), original.begin() + static_cast<std::ptrdiff_t>(jfifEnd), original.end());
    const Bytes trailer = text("MPF second image");
    out.insert(out.end(), trailer.begin(), trailer.end());
    return out;
}

TEST(JpegMetadataTest, StripsEverySegmentAndKeepsTheImageByteForByte) {
    const Bytes original = made();
    const Bytes dirty = withMetadata(original);
    const StrippedJpeg stripped = stripJpegMetadata(dirty);
    EXPECT_EQ(stripped.bytes, original);
    const RemovedMetadata& r = stripped.removed;
    EXPECT_TRUE(r.exif);
    EXPECT_TRUE(r.gps);
    EXPECT_EQ(r.camera, "TestCam");
    EXPECT_TRUE(r.xmp);
    EXPECT_TRUE(r.iptc);
    EXPECT_TRUE(r.comment);
    EXPECT_TRUE(r.trailingData);
    EXPECT_EQ(r.other, std::vector<std::string>{"APP12"});
    EXPECT_EQ(r.bytesRemoved, dirty.size() - original.size());
    const auto json = nlohmann::json::parse(r.json());
    EXPECT_TRUE(json.at("gps"));
}

TEST(JpegMetadataTest, ACleanJpegIsLeftAsItIs) {
    const Bytes original = made();
    const StrippedJpeg stripped = stripJpegMetadata(original);
    EXPECT_EQ(stripped.bytes, original);
    EXPECT_FALSE(stripped.removed.any());
}

TEST(JpegMetadataTest, AJfifThumbnailIsDropped) {
    Bytes original = made();
    // Give the JFIF segment a 1×1 thumbnail (3 bytes of RGB).
    Bytes withThumb(original.begin(), original.begin() + 2);
    Bytes jfif(original.begin() + 6, original.begin() + 4 + (original[4] << 8 | original[5]));
    jfif[12] = 1;
    jfif[13] = 1;
    jfif.insert(jfif.end(), {1, 2, 3});
    appendSegment(withThumb, 0xE0, jfif);
    withThumb.insert(withThumb.end(), original.begin() + 4 + (original[4] << 8 | original[5]),
                     original.end());
    const StrippedJpeg stripped = stripJpegMetadata(withThumb);
    EXPECT_TRUE(stripped.removed.thumbnail);
    EXPECT_EQ(stripped.bytes, original);
}

TEST(JpegMetadataTest, BrokenJpegsAreRefusedAndOtherFilesPassThrough) {
    const Bytes dirty = withMetadata(made());
    for (const std::size_t cut : {std::size_t{3}, std::size_t{30}, dirty.size() / 2}) {
        const Bytes truncated(dirty.begin(), dirty.begin() + static_cast<std::ptrdiff_t>(cut));
        try {
            stripJpegMetadata(truncated);
            ADD_FAILURE() << "accepted a JPEG cut at " << cut;
        } catch (const AppError& e) {
            EXPECT_EQ(e.code(), "photo_malformed");
        }
    }
    Bytes badLength = made();
    badLength[4] = 0xFF;  // the JFIF segment claims 65,000 bytes
    EXPECT_THROW(stripJpegMetadata(badLength), AppError);
    const Bytes pdf = text("%PDF-1.7 scanned form");
    const StrippedJpeg passed = stripJpegMetadata(pdf);
    EXPECT_FALSE(passed.removed.jpeg);
    EXPECT_EQ(passed.bytes, pdf);
}

}  // namespace
}  // namespace baosong::app
