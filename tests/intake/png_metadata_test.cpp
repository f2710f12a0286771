// PNG pictures lose their metadata on import (app/intake/png_metadata.h): text, EXIF, time,
// private chunks and bytes after the end are dropped by whole chunks, so a picture with
// all of them added comes back byte for byte as it was drawn; a file whose chunks cannot
// be walked is refused.

#include "intake/png_metadata.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include "base/app_error.h"
#include "intake/metadata_summary.h"
#include "support/document_maker.h"
#include "support/error_code.h"

namespace baosong::test {
namespace {

using Bytes = std::vector<std::uint8_t>;

Bytes chunk(const std::string& type, const std::string& data) {
    Bytes out;
    const auto n = static_cast<std::uint32_t>(data.size());
    for (const int shift : {24, 16, 8, 0}) {
        out.push_back(static_cast<std::uint8_t>(n >> shift));
    }
    const std::string body = type + data;
    out.insert(out.end(), body.begin(), body.end());
    const auto crc = static_cast<std::uint32_t>(
        crc32(0, reinterpret_cast<const Bytef*>(body.data()), static_cast<uInt>(body.size())));
    for (const int shift : {24, 16, 8, 0}) {
        out.push_back(static_cast<std::uint8_t>(crc >> shift));
    }
    return out;
}

Bytes drawn() {
    Picture p;
    p.width = 64;
    p.height = 48;
    p.photo = false;
    return picturePng(p);
}

// The PNG with each trace an editor or camera leaves, after IHDR and before IEND.
Bytes withTraces(const Bytes& png) {
    const std::size_t afterHeader = 8 + 12 + 13;  // signature, IHDR
    Bytes out(png.begin(), png.begin() + afterHeader);
    for (const Bytes& c :
         {chunk("tEXt", std::string("Author\0张三", 9)),
          chunk("iTXt", std::string("Comment\0\0\0\0\0秘密备注", 24)),
          chunk("zTXt", std::string("Software\0\0x", 11)),
          chunk("eXIf", "MM\0*exif-bytes-with-GPS"), chunk("tIME", "\x07\xE7\x05\x14\x08\0\0"),
          chunk("prVt", "PrivateEditorHistory")}) {
        out.insert(out.end(), c.begin(), c.end());
    }
    out.insert(out.end(), png.begin() + afterHeader, png.end());
    const std::string trailing = "TrailingBytesAfterIEND";
    out.insert(out.end(), trailing.begin(), trailing.end());
    return out;
}

TEST(PngMetadata, EveryTraceGoesAndThePictureComesBackByteForByte) {
    const Bytes original = drawn();
    const Bytes dirty = withTraces(original);
    const auto stripped = app::intake::stripPngMetadata(dirty);
    EXPECT_EQ(stripped.bytes, original);
    const auto& r = stripped.removed;
    EXPECT_EQ(r.textKeys, (std::vector<std::string>{"Author", "Comment", "Software"}));
    EXPECT_TRUE(r.exif);
    EXPECT_TRUE(r.time);
    EXPECT_TRUE(r.trailingData);
    EXPECT_EQ(r.other, std::vector<std::string>{"prVt"});
    EXPECT_EQ(r.bytesRemoved, dirty.size() - original.size());
    EXPECT_EQ(r.kinds(),
              (std::vector<std::string>{"text", "exif", "time", "trailing_data", "other"}));
    const std::string said = app::intake::metadataSummary(r.json(), app::Language::English);
    EXPECT_NE(said.find("Author"), std::string::npos) << said;
    EXPECT_EQ(said.find("张三"), std::string::npos) << "a text chunk's value is not repeated";
}

TEST(PngMetadata, ACleanPictureIsLeftAsItIs) {
    const Bytes original = drawn();
    const auto stripped = app::intake::stripPngMetadata(original);
    EXPECT_EQ(stripped.bytes, original);
    EXPECT_TRUE(stripped.removed.kinds().empty());
}

TEST(PngMetadata, AFileWhoseChunksCannotBeWalkedIsRefused) {
    const auto code = [](const Bytes& b) {
        return errorCodeOf<app::AppError>([&] { app::intake::stripPngMetadata(b); });
    };
    const Bytes png = drawn();
    Bytes truncated(png.begin(), png.end() - 20);
    EXPECT_EQ(code(truncated), "photo_malformed");
    Bytes badSignature = png;
    badSignature[1] = 'X';
    EXPECT_EQ(code(badSignature), "photo_malformed");
    Bytes textFirst(png.begin(), png.begin() + 8);
    const Bytes text = chunk("tEXt", std::string("Author\0x", 8));
    textFirst.insert(textFirst.end(), text.begin(), text.end());
    textFirst.insert(textFirst.end(), png.begin() + 8, png.end());
    EXPECT_EQ(code(textFirst), "photo_malformed");
    Bytes hugeLength = png;
    hugeLength[8] = 0x7F;  // IHDR claims two gigabytes
    EXPECT_EQ(code(hugeLength), "photo_malformed");
}

}  // namespace
}  // namespace baosong::test
