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
              3u);                           // a cut-off lead byte, then two letters
    EXPECT_EQ(countCharacters("\xA0"), 1u);  // a stray continuation byte is not U+00A0
    EXPECT_EQ(countCharacters("\x85"), 1u);  // nor U+0085
    // A truncated four-byte sequence is one maximal subpart (Unicode §3.9), one character.
    EXPECT_EQ(countCharacters("\xF0\x9F"), 1u);
}

TEST(ChineseText, CodePointsIncludeSpacesAndRefuseInvalidUtf8) {
    EXPECT_EQ(countCodePoints("口令 pass"), 7u);
    EXPECT_EQ(countCodePoints(""), 0u);
    EXPECT_FALSE(countCodePoints("\xE4"
                                 "ab")
                     .has_value());
    EXPECT_FALSE(countCodePoints("\xA0").has_value());
    // One decoder for all of policy/: what the scanner refuses, the checker does not count
    // as text either (the old checker's own decoder took these).
    EXPECT_FALSE(countCodePoints("\xC0\xAF").has_value());          // overlong "/"
    EXPECT_FALSE(countCodePoints("\xE0\x80\xAF").has_value());      // overlong "/"
    EXPECT_FALSE(countCodePoints("\xED\xA0\x80").has_value());      // a UTF-16 surrogate
    EXPECT_FALSE(countCodePoints("\xF4\x90\x80\x80").has_value());  // beyond U+10FFFF
    EXPECT_EQ(countCodePoints("𠮷野"), 2u);
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
