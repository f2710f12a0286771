// The words inside attachments (app/extract/file_reader.h): a PDF's text layer with each
// character's place, a scanned page and a photo read by OCR (Tesseract, chi_sim and
// chi_sim_vert) with boxes where the words are drawn, Word and Excel parts with comments,
// headers, tables and deleted text; a cancelled read returns nothing; files that cannot be
// read are refused.

#include "extract/file_reader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "base/app_error.h"
#include "policy/utf8_codec.h"
#include "support/document_maker.h"
#include "support/error_code.h"

namespace baosong::test {
namespace {

using app::extract::ExtractedText;
using app::extract::FileReader;
using app::extract::ReadableFormat;
using app::extract::TextPiece;

std::vector<std::uint8_t> bytesOf(const std::string& s) {
    return {s.begin(), s.end()};
}

// OCR puts spaces between characters it reads as separate words.
std::string withoutSpaces(std::string text) {
    std::erase_if(text, [](char c) { return c == ' ' || c == '\n' || c == '\t'; });
    return text;
}

// The code point offset of `words` in `text`, as the scanner counts.
std::size_t offsetOf(const std::string& text, const std::string& words) {
    const auto at = text.find(words);
    EXPECT_NE(at, std::string::npos) << words << " not in " << text;
    return policy::decodeUtf8(text.substr(0, at == std::string::npos ? 0 : at)).size();
}

// One engine for the suite: loading the models is the slow part.
FileReader& reader() {
    static FileReader r;
    return r;
}

TEST(FileReader, APdfTextLayerIsReadPageByPageWithEachCharactersPlace) {
    const std::string pdf = textPdf({"第一页：个人简历。", "第二页：曾在97621部队服役。"});
    const ExtractedText text = reader().read(ReadableFormat::Pdf, bytesOf(pdf), "证书.pdf");
    ASSERT_EQ(text.pieces.size(), 2u);
    const TextPiece& page = text.pieces[1];
    EXPECT_EQ(page.page, 2);
    EXPECT_FALSE(page.ocr);
    const std::size_t at = offsetOf(page.text, "97621部队");
    const auto box = page.boxOf(at, at + 7);
    ASSERT_TRUE(box.has_value());
    // The text starts an inch (72 pt) from the top and left of an A4 page.
    EXPECT_GT(box->x, 72 / 595.0);
    EXPECT_LT(box->x, 0.6);
    EXPECT_NEAR(box->y, 72 / 842.0, 0.03);
    EXPECT_GT(box->width, 0.05);
}

TEST(FileReader, AScannedPageIsReadByOcr) {
    const std::string pdf = scannedPdf({"该项目于阿拉善试验场完成全部测试。"});
    const ExtractedText text = reader().read(ReadableFormat::Pdf, bytesOf(pdf), "扫描件.pdf");
    ASSERT_EQ(text.pieces.size(), 1u);
    EXPECT_TRUE(text.pieces[0].ocr);
    EXPECT_NE(withoutSpaces(text.pieces[0].text).find("阿拉善试验场"), std::string::npos)
        << text.pieces[0].text;
}

TEST(FileReader, ASignInAPhotoIsReadWhereItStands) {
    Picture photo;
    photo.words.push_back({"阿拉善试验场", 400, 500, 56});
    const ExtractedText text =
        reader().read(ReadableFormat::Image, pictureJpeg(photo), "生活照.jpg");
    ASSERT_EQ(text.pieces.size(), 1u);
    const TextPiece& piece = text.pieces[0];
    EXPECT_TRUE(piece.ocr);
    EXPECT_EQ(piece.page, 1);
    ASSERT_FALSE(piece.runs.empty()) << piece.text;
    const std::string flat = withoutSpaces(piece.text);
    ASSERT_NE(flat.find("阿拉善试验场"), std::string::npos) << piece.text;
    // The box around the sign's characters, wherever else OCR saw marks in the scene.
    const std::u32string sign = policy::decodeUtf8("阿拉善试验场");
    const std::u32string read = policy::decodeUtf8(piece.text);
    app::extract::PageBox all;
    for (const auto& run : piece.runs) {
        if (run.end == run.start + 1 && sign.find(read[run.start]) != std::u32string::npos) {
            all = all.united(run.box);
        }
    }
    // Drawn at (400, 500) of 1200×800, six characters of 56 pixels.
    EXPECT_NEAR(all.x, 400 / 1200.0, 0.03);
    EXPECT_NEAR(all.y, 500 / 800.0, 0.05);
    EXPECT_NEAR(all.width, 6 * 56 / 1200.0, 0.05);
}

TEST(FileReader, AVerticalSignIsRead) {
    Picture photo;
    photo.words.push_back({"酒泉卫星发射中心", 560, 60, 64, true});
    const ExtractedText text = reader().read(ReadableFormat::Image, picturePng(photo), "竖牌.png");
    ASSERT_EQ(text.pieces.size(), 1u);
    EXPECT_NE(withoutSpaces(text.pieces[0].text).find("酒泉卫星发射中心"), std::string::npos)
        << text.pieces[0].text;
}

TEST(FileReader, AWordFileIsReadPartByPartDeletedWordsIncluded) {
    OfficeMaking m;
    m.paragraphs = {"正文一段。"};
    m.tableCell = "表格内容";
    m.header = "页眉内容";
    m.comment = "此处涉及歼-20";
    const ExtractedText text = reader().read(ReadableFormat::Office, makeDocx(m), "a.docx");
    std::map<std::string, std::string> parts;
    for (const auto& piece : text.pieces) {
        parts[piece.part] = piece.text;
        EXPECT_EQ(piece.page, 0);
    }
    EXPECT_NE(parts["word/document.xml"].find("正文一段。"), std::string::npos);
    EXPECT_NE(parts["word/document.xml"].find("表格内容"), std::string::npos);
    EXPECT_NE(parts["word/document.xml"].find("补充。"), std::string::npos);
    EXPECT_NE(parts["word/header1.xml"].find("页眉内容"), std::string::npos);
    EXPECT_NE(parts["word/comments.xml"].find("此处涉及歼-20"), std::string::npos);
    EXPECT_FALSE(parts.contains("docProps/core.xml"));
}

TEST(FileReader, AnExcelFileIsReadWithItsSheetNamesAndComments) {
    OfficeMaking m;
    m.paragraphs = {"射程", "经费"};
    m.comment = "单元格批注";
    const ExtractedText text = reader().read(ReadableFormat::Office, makeXlsx(m), "a.xlsx");
    std::string all;
    for (const auto& piece : text.pieces) {
        all += piece.part + ":" + piece.text + "\n";
    }
    EXPECT_NE(all.find("xl/sharedStrings.xml:射程\n经费"), std::string::npos) << all;
    EXPECT_NE(all.find("xl/workbook.xml:汇总"), std::string::npos) << all;
    EXPECT_NE(all.find("xl/comments1.xml:"), std::string::npos) << all;
    EXPECT_NE(all.find("单元格批注"), std::string::npos) << all;
}

TEST(FileReader, ACancelledReadReturnsNothing) {
    const std::string pdf = scannedPdf({"第一页", "第二页"});
    int steps = 0;
    app::extract::ReadProgress progress;
    progress.step = [&](const std::string&, int, int) { ++steps; };
    progress.cancelled = [&] { return steps >= 1; };
    EXPECT_EQ(errorCodeOf<app::AppError>(
                  [&] { reader().read(ReadableFormat::Pdf, bytesOf(pdf), "a.pdf", progress); }),
              "read_cancelled");
    EXPECT_EQ(steps, 1);
}

TEST(FileReader, WhatCannotBeReadIsRefused) {
    const auto code = [](ReadableFormat f, const std::string& bytes) {
        return errorCodeOf<app::AppError>([&] { reader().read(f, bytesOf(bytes), "x"); });
    };
    EXPECT_EQ(code(ReadableFormat::Pdf, "%PDF-1.7 and nothing else"), "attachment_malformed");
    EXPECT_EQ(code(ReadableFormat::Image, "\xFF\xD8\xFF garbage"), "image_unreadable");
    // A PNG header that claims 40000 × 40000 pixels is refused before any is decoded.
    std::string huge = std::string("\x89PNG\r\n\x1A\n\0\0\0\x0DIHDR", 16) +
                       std::string("\0\0\x9C\x40\0\0\x9C\x40\x08\x02\0\0\0", 13) + "crc!";
    EXPECT_EQ(code(ReadableFormat::Image, huge), "image_unreadable");
    EXPECT_EQ(code(ReadableFormat::Office, "PK\x03\x04 broken"), "attachment_malformed");
}

}  // namespace
}  // namespace baosong::test
