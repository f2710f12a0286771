#include "policy/photo_facts.h"

#include <gtest/gtest.h>

#include "support/jpeg_maker.h"

namespace baosong::policy {
namespace {

TEST(PhotoFacts, BlueIdPhoto) {
    const auto jpeg = test::idPhoto(1);
    const auto f = inspectPhoto(jpeg);
    EXPECT_TRUE(f.isJpeg);
    EXPECT_TRUE(f.decoded);
    EXPECT_EQ(f.width, 413);
    EXPECT_EQ(f.height, 579);
    EXPECT_EQ(f.bytes, jpeg.size());
    EXPECT_EQ(f.blueBackground, true);
}

TEST(PhotoFacts, WhiteRedAndPaleBackgroundsAreNotBlue) {
    for (const test::Rgb bg : {test::Rgb{245, 245, 245}, test::Rgb{200, 30, 30},
                               test::Rgb{200, 205, 215}, test::Rgb{20, 20, 60}}) {
        EXPECT_EQ(inspectPhoto(test::idPhoto(2, bg)).blueBackground, false)
            << int(bg.r) << "," << int(bg.g) << "," << int(bg.b);
    }
    // A lighter sky blue still counts as 蓝底.
    EXPECT_EQ(inspectPhoto(test::idPhoto(3, {90, 160, 235})).blueBackground, true);
}

// A JPEG whose frame header claims 60000×60000 pixels: refused before any decoding, fast
// and without memory (decoding would take gigabytes).
TEST(PhotoFacts, HugeDeclaredDimensionsAreNotDecoded) {
    auto jpeg = test::idPhoto(6);
    for (std::size_t i = 0; i + 9 < jpeg.size(); ++i) {
        if (jpeg[i] == 0xFF && (jpeg[i + 1] == 0xC0 || jpeg[i + 1] == 0xC2)) {
            jpeg[i + 5] = 0xEA;  // height 60000
            jpeg[i + 6] = 0x60;
            jpeg[i + 7] = 0xEA;  // width 60000
            jpeg[i + 8] = 0x60;
            break;
        }
    }
    const auto f = inspectPhoto(jpeg);
    EXPECT_TRUE(f.isJpeg);
    EXPECT_TRUE(f.oversized);
    EXPECT_FALSE(f.decoded);
    EXPECT_EQ(f.width, 60000);
}

TEST(PhotoFacts, CmykJpegIsAGoodJpegWithUnknownBackground) {
    const auto bytes = test::cmykJpeg(64, 64);
    const auto f = inspectPhoto(bytes);
    EXPECT_TRUE(f.isJpeg);
    EXPECT_TRUE(f.decoded);
    EXPECT_FALSE(f.blueBackground.has_value());
}

TEST(PhotoFacts, OnePixelImageHasNoBackgroundToJudge) {
    const auto jpeg = test::makeJpeg(1, 1, [](int, int) { return test::Rgb{62, 142, 222}; });
    const auto f = inspectPhoto(jpeg);
    EXPECT_TRUE(f.decoded);
    EXPECT_FALSE(f.blueBackground.has_value());
}

TEST(PhotoFacts, LargePhotoIsJudgedScaledDown) {
    const auto jpeg = test::lifePhoto(4, 2'100'000);
    const auto f = inspectPhoto(jpeg);
    EXPECT_TRUE(f.decoded);
    EXPECT_GE(f.bytes, 2'100'000u);
    EXPECT_GE(f.width, 1200);
}

TEST(PhotoFacts, ContentNotNameDecides) {
    const std::vector<std::uint8_t> png = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};
    EXPECT_FALSE(inspectPhoto(png).isJpeg);
    EXPECT_FALSE(inspectPhoto(std::vector<std::uint8_t>{}).isJpeg);
    // The JPEG start marker followed by nonsense is not a JPEG either.
    std::vector<std::uint8_t> fake = {0xFF, 0xD8, 0xFF, 0xE0};
    fake.resize(5000, 0x42);
    EXPECT_FALSE(inspectPhoto(fake).isJpeg);
}

TEST(PhotoFacts, TruncatedJpegIsReportedNotCrashed) {
    auto jpeg = test::idPhoto(5);
    jpeg.resize(jpeg.size() / 3);
    const auto f = inspectPhoto(jpeg);
    EXPECT_TRUE(f.isJpeg);
    EXPECT_FALSE(f.decoded);
    EXPECT_FALSE(f.blueBackground.has_value());
}

}  // namespace
}  // namespace baosong::policy
