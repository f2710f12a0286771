// What import stripped from a photo, in the words `review list` and the review page show:
// GPS first and the position where it was taken, plainly; nothing for unknown metadata.

#include "intake/metadata_summary.h"

#include <gtest/gtest.h>

namespace baosong::app::intake {
namespace {

TEST(MetadataSummary, NamesWhatWasStrippedAndWhereThePhotoWasTaken) {
    const std::string json =
        R"({"jpeg":true,"exif":true,"gps":true,"gps_position":"北纬 41°23′0″, 东经 100°12′0″",)"
        R"("xmp":false,"iptc":false,"comment":true,"thumbnail":false,"trailing_data":false})";
    EXPECT_EQ(metadataSummary(json),
              "（已清除：GPS 位置, EXIF, 注释；拍摄位置曾为 北纬 41°23′0″, 东经 100°12′0″）");
    EXPECT_EQ(metadataSummary(json, Language::English),
              " (stripped: GPS position, EXIF, comment; it was taken at 北纬 41°23′0″, 东经 "
              "100°12′0″)");
}

TEST(MetadataSummary, SaysWhenThereWasNoneOrItIsNoJpeg) {
    EXPECT_EQ(metadataSummary(R"({"jpeg":true,"exif":false,"gps":false})"), "（无元数据）");
    EXPECT_EQ(metadataSummary(R"({"jpeg":false})"), "（非 JPEG，未清除元数据）");
    EXPECT_EQ(metadataSummary(R"({"jpeg":false})", Language::English),
              " (not a JPEG: metadata not stripped)");
}

TEST(MetadataSummary, UnknownOrUnreadableIsEmpty) {
    EXPECT_EQ(metadataSummary(""), "");
    EXPECT_EQ(metadataSummary("{not json"), "");
    EXPECT_EQ(metadataSummary("[1,2]"), "");
}

}  // namespace
}  // namespace baosong::app::intake
