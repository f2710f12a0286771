#include "policy/chinese_text.h"

#include <gtest/gtest.h>

namespace baosong::policy {
namespace {

TEST(ChineseText, CountsCodePointsThatAreNotSpace) {
    EXPECT_EQ(countCharacters("张卫东"), 3u);
    EXPECT_EQ(countCharacters("张 卫\u3000东\n"), 3u);  // ASCII, ideographic space, newline
    EXPECT_EQ(countCharacters("𠮷野家"), 3u);           // outside the BMP is one
    EXPECT_EQ(countCharacters("a\u00a0b\u2003c"), 3u);  // no-break and em spaces
    EXPECT_EQ(countCharacters(""), 0u);
}

TEST(ChineseText, InvalidBytesCountOneEachAndNeverAsSpace) {
    EXPECT_EQ(countCharacters("\xE4"
                              "ab"),
              3u);                               // a cut-off lead byte, then two letters
    EXPECT_EQ(countCharacters("\xA0"), 1u);      // a stray continuation byte is not U+00A0
    EXPECT_EQ(countCharacters("\x85"), 1u);      // nor U+0085
    EXPECT_EQ(countCharacters("\xF0\x9F"), 2u);  // a truncated four-byte sequence
}

TEST(ChineseText, CodePointsIncludeSpacesAndRefuseInvalidUtf8) {
    EXPECT_EQ(countCodePoints("口令 pass"), 7u);
    EXPECT_EQ(countCodePoints(""), 0u);
    EXPECT_FALSE(countCodePoints("\xE4"
                                 "ab")
                     .has_value());
    EXPECT_FALSE(countCodePoints("\xA0").has_value());
}

TEST(ChineseText, Dates) {
    EXPECT_TRUE(parseDate("2024-02-29"));
    EXPECT_FALSE(parseDate("2023-02-29"));
    EXPECT_FALSE(parseDate("2023-7-16"));
    EXPECT_TRUE(parseYearMonth("1988-11"));
    EXPECT_FALSE(parseYearMonth("1988-00"));
    EXPECT_FALSE(parseYearMonth("１９８８-11"));  // full-width digits are not Arabic digits
}

}  // namespace
}  // namespace baosong::policy
