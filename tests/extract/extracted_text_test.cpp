// The words read out of a file, as the vault keeps them (app/extract/extracted_text.h):
// boxes survive the JSON to a ten-thousandth of the page, a flag's box is the union of
// the characters it covers, and a damaged record is no record.

#include "extract/extracted_text.h"

#include <gtest/gtest.h>

namespace baosong::test {
namespace {

using app::extract::ExtractedText;
using app::extract::TextPiece;

TEST(ExtractedText, ARecordReadsBackAsItWasWritten) {
    ExtractedText text;
    TextPiece page;
    page.page = 2;
    page.ocr = true;
    page.text = "阿拉善 试验场";
    page.runs = {{0, 1, {0.1, 0.2, 0.05, 0.04}}, {4, 5, {0.3, 0.21, 0.05, 0.04}}};
    text.pieces.push_back(page);
    TextPiece part;
    part.part = "word/comments.xml";
    part.text = "歼-20";
    text.pieces.push_back(part);
    const auto back = ExtractedText::parse(text.json());
    ASSERT_TRUE(back.has_value());
    ASSERT_EQ(back->pieces.size(), 2u);
    EXPECT_EQ(back->pieces[0].text, "阿拉善 试验场");
    EXPECT_EQ(back->pieces[0].page, 2);
    EXPECT_TRUE(back->pieces[0].ocr);
    ASSERT_EQ(back->pieces[0].runs.size(), 2u);
    EXPECT_NEAR(back->pieces[0].runs[1].box.x, 0.3, 1e-4);
    EXPECT_EQ(back->pieces[1].part, "word/comments.xml");
    EXPECT_FALSE(back->pieces[1].ocr);
}

TEST(ExtractedText, AFlagsBoxCoversTheCharactersItSpans) {
    TextPiece page;
    page.text = "abcd";
    page.runs = {
        {0, 1, {0.1, 0.1, 0.1, 0.1}}, {1, 2, {0.2, 0.1, 0.1, 0.1}}, {2, 3, {0.3, 0.2, 0.1, 0.1}}};
    const auto box = page.boxOf(1, 3);
    ASSERT_TRUE(box.has_value());
    EXPECT_NEAR(box->x, 0.2, 1e-9);
    EXPECT_NEAR(box->y, 0.1, 1e-9);
    EXPECT_NEAR(box->width, 0.2, 1e-9);
    EXPECT_NEAR(box->height, 0.2, 1e-9);
    EXPECT_FALSE(page.boxOf(3, 4).has_value());  // no run there
}

TEST(ExtractedText, WhatIsNoRecordIsRefused) {
    EXPECT_FALSE(ExtractedText::parse("").has_value());
    EXPECT_FALSE(ExtractedText::parse("[]").has_value());
    EXPECT_FALSE(ExtractedText::parse(R"({"pieces":[{"page":"one"}]})").has_value());
    EXPECT_FALSE(ExtractedText::parse(
                     R"({"pieces":[{"page":1,"part":"","ocr":false,"text":"a","runs":[[0]]}]})")
                     .has_value());
}

// A review asks of every file only whether its words were read whole: the answer comes
// without building the words, and is the one the full record gives.
TEST(ExtractedText, WhetherReadWholeIsAnsweredAsTheRecordSays) {
    ExtractedText text;
    TextPiece page;
    page.text = "阿拉善";
    page.runs = {{0, 3, {0.1, 0.2, 0.05, 0.04}}};
    text.pieces = {page, page};
    EXPECT_EQ(ExtractedText::readWhole(text.json()), std::optional<bool>(true));
    text.pieces[1].complete = false;
    EXPECT_EQ(ExtractedText::readWhole(text.json()), std::optional<bool>(false));
    EXPECT_EQ(ExtractedText::readWhole(R"({"pieces":[]})"), std::optional<bool>(true));
    EXPECT_FALSE(ExtractedText::readWhole("").has_value());
    EXPECT_FALSE(ExtractedText::readWhole("[]").has_value());
    EXPECT_FALSE(ExtractedText::readWhole(R"({"pieces":[{"page":1}]})").has_value());
}

}  // namespace
}  // namespace baosong::test
