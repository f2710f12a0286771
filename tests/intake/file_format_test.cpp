// Which attachments baosong can read (app/intake/file_format.h), by content, never by
// name; the rest are refused with what to convert them to.

#include "intake/file_format.h"

#include <gtest/gtest.h>

#include <string>

#include "base/app_error.h"
#include "support/error_code.h"

namespace baosong::test {
namespace {

using app::intake::detectFileFormat;
using app::intake::FileFormat;

FileFormat formatOf(const std::string& bytes) {
    return detectFileFormat(std::vector<std::uint8_t>(bytes.begin(), bytes.end()));
}

TEST(FileFormat, EachKindIsKnownByItsFirstBytes) {
    using namespace std::string_literals;
    EXPECT_EQ(formatOf("\xFF\xD8\xFF\xE0 jfif"s), FileFormat::Jpeg);
    EXPECT_EQ(formatOf("\x89PNG\r\n\x1A\n...."s), FileFormat::Png);
    EXPECT_EQ(formatOf("junk before %PDF-1.7"s), FileFormat::Pdf);
    EXPECT_EQ(formatOf("PK\x03\x04rest"s), FileFormat::OfficePackage);
    EXPECT_EQ(formatOf("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 wps"s), FileFormat::LegacyOffice);
    EXPECT_EQ(formatOf("Rar!\x1A\x07\x00"s), FileFormat::Archive);
    EXPECT_EQ(formatOf("7z\xBC\xAF\x27\x1C"s), FileFormat::Archive);
    EXPECT_EQ(formatOf("\x1F\x8B\x08"s), FileFormat::Archive);
    EXPECT_EQ(formatOf("II*\x00"s), FileFormat::OtherImage);
    EXPECT_EQ(formatOf("GIF89a"s), FileFormat::OtherImage);
    EXPECT_EQ(formatOf("\x00\x00\x00\x18"
                       "ftypheic"s),
              FileFormat::OtherImage);
    EXPECT_EQ(formatOf("plain words, renamed .pdf"s), FileFormat::Unknown);
    EXPECT_EQ(formatOf(""s), FileFormat::Unknown);
}

TEST(FileFormat, WhatCannotBeReadIsRefusedSayingWhatToConvertItTo) {
    for (const FileFormat f :
         {FileFormat::Jpeg, FileFormat::Png, FileFormat::Pdf, FileFormat::OfficePackage}) {
        EXPECT_EQ(errorCodeOf<app::AppError>([&] { app::intake::requireReadableFormat(f, "a"); }),
                  "no error");
    }
    try {
        app::intake::requireReadableFormat(FileFormat::LegacyOffice, "附件/旧表.doc");
        FAIL() << "an old Word file was accepted";
    } catch (const app::AppError& e) {
        EXPECT_EQ(e.code(), "attachment_format_unsupported");
        const std::string said = e.what();
        EXPECT_NE(said.find("附件/旧表.doc"), std::string::npos) << said;
        EXPECT_NE(said.find("DOCX"), std::string::npos) << said;
        EXPECT_NE(said.find(".wps"), std::string::npos) << said;
    }
}

}  // namespace
}  // namespace baosong::test
