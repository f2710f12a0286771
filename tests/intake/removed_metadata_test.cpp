// The record of what intake removed is written and read in one place: what a stripper
// records reads back the same, and what leaves (kinds) never carries a value.

#include "intake/removed_metadata.h"

#include <gtest/gtest.h>

namespace baosong::app::intake {
namespace {

TEST(RemovedRecord, APhotoRecordReadsBackAsWritten) {
    RemovedMetadata m;
    m.exif = m.gps = m.comment = true;
    m.gpsPosition = "北纬 41°23′0″, 东经 100°12′0″";
    m.camera = "TestCam";
    m.other = {"APP12"};
    m.bytesRemoved = 1234;
    const auto back = parseRemovedRecord(m.json());
    ASSERT_TRUE(back.has_value());
    const auto* photo = std::get_if<RemovedMetadata>(&*back);
    ASSERT_NE(photo, nullptr);
    EXPECT_EQ(photo->json(), m.json());
    EXPECT_EQ(photo->kinds(), (std::vector<std::string>{"gps", "exif", "comment", "other"}));
    for (const std::string& kind : photo->kinds()) {
        EXPECT_EQ(kind.find("41"), std::string::npos);
        EXPECT_EQ(kind.find("TestCam"), std::string::npos);
    }
}

TEST(RemovedRecord, APdfRecordReadsBackAsWritten) {
    RemovedPdfMetadata m;
    m.stripped = m.xmp = m.annotations = true;
    m.info = {"Author", "Producer"};
    m.author = "王工";
    const auto back = parseRemovedRecord(m.json());
    ASSERT_TRUE(back.has_value());
    const auto* pdf = std::get_if<RemovedPdfMetadata>(&*back);
    ASSERT_NE(pdf, nullptr);
    EXPECT_EQ(pdf->json(), m.json());
    EXPECT_EQ(pdf->kinds(), (std::vector<std::string>{"info", "xmp", "annotations"}));
    m.signedDocument = true;
    EXPECT_EQ(m.kinds().front(), "kept_signed");
}

TEST(RemovedRecord, WhatIsNoRecordIsNone) {
    for (const char* text : {"", "{not json", "[1,2]", "\"x\"", R"({"gps":"yes"})",
                             R"({"pdf":true,"info":"Author"})"}) {
        EXPECT_FALSE(parseRemovedRecord(text).has_value()) << text;
    }
}

}  // namespace
}  // namespace baosong::app::intake
