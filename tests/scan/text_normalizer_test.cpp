// scanner.md §0: each normalisation step, and that every character of the view maps back
// to the exact original span (in code points), whatever changed length.

#include "policy/scan/text_normalizer.h"

#include <gtest/gtest.h>

#include "policy/parse_error.h"
#include "policy/utf8_codec.h"

namespace baosong::policy {
namespace {

const TextNormalizer& normalizer() {
    static const TextNormalizer instance;
    return instance;
}

std::string view(std::string_view text) {
    return normalizer().normalize(text).utf8();
}

// The original substring behind the view's characters [from, to).
std::string original(std::string_view text, std::size_t from, std::size_t to) {
    const auto normalized = normalizer().normalize(text);
    const auto span = normalized.originalSpan(from, to);
    const std::u32string cps = decodeUtf8(text);
    std::string out;
    for (std::size_t i = span.start; i < span.end; ++i) {
        appendUtf8(out, cps[i]);
    }
    return out;
}

TEST(TextNormalizer, FullWidthBecomesHalfWidth) {
    EXPECT_EQ(view("ＪＨ－７"), "JH-7");
    EXPECT_EQ(view("９．６ＧＨｚ"), "9.6GHz");
    EXPECT_EQ(view("２０１７年"), "2017年");
}

TEST(TextNormalizer, CompatibilityCharactersUnfold) {
    EXPECT_EQ(view("㊙"), "秘");
    EXPECT_EQ(view("Ⅲ型"), "III型");
    EXPECT_EQ(view("⑩号"), "10号");
    EXPECT_EQ(view("⾦属"), "金属");  // a Kangxi radical
}

TEST(TextNormalizer, IgnorableCodePointsVanish) {
    EXPECT_EQ(view("秘\u200B密"), "秘密");
    EXPECT_EQ(view("机\u00AD密"), "机密");
    EXPECT_EQ(view("绝\uFEFF密"), "绝密");
    EXPECT_EQ(view("秘\uFE0F密"), "秘密");  // a variation selector
}

TEST(TextNormalizer, SpacesInsideWordsAndNumbersAreDropped) {
    EXPECT_EQ(view("秘 密★"), "秘密★");
    EXPECT_EQ(view("秘\u3000密"), "秘密");  // the ideographic space
    EXPECT_EQ(view("9 1 3 7 6部队"), "91376部队");
    EXPECT_EQ(view("JH 7"), "JH 7");            // between a letter and a digit: kept
    EXPECT_EQ(view("型号 2024"), "型号 2024");  // between CJK and a digit: kept
}

TEST(TextNormalizer, LookAlikesFold) {
    EXPECT_EQ(view("机密☆十年"), "机密★10年");  // the star folds; 十年 is a period
    EXPECT_EQ(view("秘密＊5年"), "秘密★5年");
    EXPECT_EQ(view("JH—7"), "JH-7");
    EXPECT_EQ(view("3〜5"), "3~5");
}

TEST(TextNormalizer, TraditionalBecomesSimplified) {
    EXPECT_EQ(view("絕密"), "绝密");
    EXPECT_EQ(view("機隊頻驗區達"), "机队频验区达");
    EXPECT_EQ(view("计算机"), "计算机");  // already simplified: unchanged
}

// scanner.md §0.6, its own examples and non-examples.
TEST(TextNormalizer, ChineseNumeralsInNumericContexts) {
    EXPECT_EQ(view("射程一千五百公里"), "射程1500公里");
    EXPECT_EQ(view("九三七一四部队"), "93714部队");
    EXPECT_EQ(view("北纬三十度十二分"), "北纬30度12分");
    EXPECT_EQ(view("交付二百四十套"), "交付240套");
    EXPECT_EQ(view("机密★十年"), "机密★10年");
    EXPECT_EQ(view("九一二工程"), "九一二工程");  // no unit: PROJECT_CODE matches numerals
    EXPECT_EQ(view("二〇二三年"), "2023年");
    EXPECT_EQ(view("两千吨"), "2000吨");
    EXPECT_EQ(view("一千零五米"), "1005米");
    EXPECT_EQ(view("十二万三千元"), "123000元");
    EXPECT_EQ(view("一亿二千万元"), "120000000元");
    EXPECT_EQ(view("经费二千"), "经费2000");             // after a leader word, no unit needed
    EXPECT_EQ(view("九 三 七 一 四部队"), "93714部队");  // spaced out, then folded
}

TEST(TextNormalizer, NumeralsOutsideNumericContextsStay) {
    EXPECT_EQ(view("统一思想"), "统一思想");
    EXPECT_EQ(view("一流团队"), "一流团队");
    EXPECT_EQ(view("获奖十余项"), "获奖十余项");
    EXPECT_EQ(view("一丝不苟"), "一丝不苟");
}

TEST(TextNormalizer, OffsetsPointIntoTheOriginal) {
    // Converted numerals: every digit maps to the whole original run.
    EXPECT_EQ(original("射程一千五百公里", 2, 6), "一千五百");
    EXPECT_EQ(original("射程一千五百公里", 3, 4), "一千五百");
    // Full-width: one to one.
    EXPECT_EQ(original("型号ＪＨ－７改", 2, 6), "ＪＨ－７");
    // A removed zero-width space sits inside the span it splits.
    EXPECT_EQ(original("前文秘\u200B密后文", 2, 4), "秘\u200B密");
    // ⑩ becomes two characters that both map to the one original.
    EXPECT_EQ(original("第⑩项", 1, 3), "⑩");
    EXPECT_EQ(original("第⑩项", 1, 2), "⑩");
    // Dropped spaces: the view's 91376 covers the spaced original.
    EXPECT_EQ(original("驻地9 1 3 7 6部队", 2, 7), "9 1 3 7 6");
    // Traditional characters keep their places.
    EXPECT_EQ(original("此為絕密文件", 2, 4), "絕密");
    // Characters outside the BMP count as one code point.
    EXPECT_EQ(original("𠮷野絕密", 2, 4), "絕密");
}

TEST(TextNormalizer, InvalidUtf8NamesTheByteOffset) {
    try {
        normalizer().normalize(std::string_view("正常\xFF文本"));
        FAIL() << "invalid UTF-8 accepted";
    } catch (const ParseError& e) {
        EXPECT_EQ(e.code(), "invalid_utf8");
        EXPECT_NE(std::string(e.what()).find("第 6 字节"), std::string::npos) << e.what();
    }
}

TEST(TextNormalizer, EmptyAndLongTexts) {
    EXPECT_TRUE(normalizer().normalize("").text.empty());
    std::string longText;
    for (int i = 0; i < 20000; ++i) {
        longText += "絕密　ＪＨ－７";
    }
    const auto n = normalizer().normalize(longText);
    EXPECT_EQ(n.text.size(), n.origin.size());
    EXPECT_EQ(n.originalSpan(n.text.size() - 1, n.text.size()).end, 20000u * 7);
}

}  // namespace
}  // namespace baosong::policy
