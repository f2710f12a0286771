// Metadata stripping on import: segments out, image bytes untouched. The strongest check:
// a libjpeg-turbo JPEG with EXIF (GPS), XMP, IPTC, a comment and trailing bytes added
// comes back byte for byte as it was made.

#include "intake/jpeg_metadata.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>

#include "base/app_error.h"
#include "support/jpeg_maker.h"

namespace baosong::app::intake {
namespace {

using Bytes = std::vector<std::uint8_t>;

Bytes text(const std::string& s) {
    return Bytes(s.begin(), s.end());
}

Bytes made() {
    const auto jpeg = test::makeJpeg(64, 48, [](int x, int y) {
        return test::Rgb{static_cast<unsigned char>(x * 4), static_cast<unsigned char>(y * 5), 90};
    });
    return Bytes(jpeg.begin(), jpeg.end());
}

TEST(JpegMetadataTest, StripsEverySegmentAndKeepsTheImageByteForByte) {
    const Bytes original = made();
    const Bytes dirty = test::withMetadata(original);
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
    test::appendJpegSegment(withThumb, 0xE0, jfif);
    withThumb.insert(withThumb.end(), original.begin() + 4 + (original[4] << 8 | original[5]),
                     original.end());
    const StrippedJpeg stripped = stripJpegMetadata(withThumb);
    EXPECT_TRUE(stripped.removed.thumbnail);
    EXPECT_EQ(stripped.bytes, original);
}

// EXIF strings are what the camera wrote, not always UTF-8 (GBK, Latin-1): the record of
// what was removed is still JSON, each byte that is not UTF-8 replaced by U+FFFD.
TEST(JpegMetadataTest, ACameraNameThatIsNotUtf8IsRecordedReplaced) {
    Bytes dirty = test::withMetadata(made());
    const std::string camera = "TestCam";
    const auto at = std::search(dirty.begin(), dirty.end(), camera.begin(), camera.end());
    ASSERT_NE(at, dirty.end());
    *(at + 6) = 0x8B;  // "TestCa\x8B", as the fuzzer found it
    const StrippedJpeg stripped = stripJpegMetadata(dirty);
    EXPECT_EQ(stripped.removed.camera, "TestCa\x8B");
    const auto json = nlohmann::json::parse(stripped.removed.json());
    EXPECT_EQ(json.at("camera"), "TestCa\uFFFD");
}

TEST(JpegMetadataTest, BrokenJpegsAreRefusedAndOtherFilesPassThrough) {
    const Bytes dirty = test::withMetadata(made());
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

// Where the scan starts: just past the SOS segment.
std::size_t scanStart(const Bytes& jpeg) {
    for (std::size_t i = 2; i + 3 < jpeg.size();) {
        const std::size_t length = std::size_t{jpeg[i + 2]} << 8 | jpeg[i + 3];
        if (jpeg[i + 1] == 0xDA) {
            return i + 2 + length;
        }
        i += 2 + length;
    }
    return jpeg.size();
}

// Fill bytes may precede any marker (T.81 B.1.1.2), a restart marker in the scan too; the
// scan goes on after it, and the copy without the fill bytes strips to itself.
TEST(JpegMetadataTest, FillBytesBeforeARestartMarkerKeepTheScanGoing) {
    const Bytes original = made();
    Bytes filled = original;
    const auto at = filled.begin() + static_cast<std::ptrdiff_t>(scanStart(filled));
    filled.insert(at, {0xFF, 0xFF, 0xFF, 0xD0, 0x12});
    const StrippedJpeg once = stripJpegMetadata(filled);
    EXPECT_EQ(once.removed.bytesRemoved, 2u);  // the fill bytes
    const StrippedJpeg twice = stripJpegMetadata(once.bytes);
    EXPECT_EQ(twice.bytes, once.bytes);
    EXPECT_FALSE(twice.removed.any());
}

// What no decoder reads as a marker is refused rather than taken for a segment: a stuffed
// 0x00 between segments, a reserved marker, a second SOI (the fuzzer's find was all three).
TEST(JpegMetadataTest, MarkersThatAreNoSegmentsAreRefused) {
    const Bytes original = made();
    const std::size_t jfifEnd = 4 + (std::size_t{original[4]} << 8 | original[5]);
    for (const Bytes& inserted :
         {Bytes{0xFF, 0x00, 0x00, 0x04, 0x61, 0x62}, Bytes{0xFF, 0x02, 0x00, 0x04, 0x61, 0x62},
          Bytes{0xFF, 0xFF, 0xD8, 0x00, 0x04, 0x61, 0x62}}) {
        Bytes bad = original;
        bad.insert(bad.begin() + static_cast<std::ptrdiff_t>(jfifEnd), inserted.begin(),
                   inserted.end());
        try {
            stripJpegMetadata(bad);
            ADD_FAILURE() << "accepted what no decoder reads as a marker";
        } catch (const AppError& e) {
            EXPECT_EQ(e.code(), "photo_malformed");
        }
    }
}

}  // namespace
}  // namespace baosong::app::intake
