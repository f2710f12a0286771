// Traditional → simplified, one character at a time (policy/scan/traditional_to_simplified.h):
// the table filled by one OpenCC call at construction answers, for every ideograph in it,
// what OpenCC answers for that character alone; characters outside it still convert.

#include "policy/scan/traditional_to_simplified.h"

#include <gtest/gtest.h>
#include <opencc/opencc.h>

#include <string>
#include <thread>

#include "policy/utf8_codec.h"

namespace baosong::policy {
namespace {

// OpenCC's own answer for c alone, as one character (c when it gives none or several).
char32_t alone(opencc_t handle, char32_t c) {
    std::string in;
    appendUtf8(in, c);
    char* out = opencc_convert_utf8(handle, in.data(), in.size());
    const std::u32string back = out != nullptr ? decodeUtf8(out) : std::u32string();
    opencc_convert_utf8_free(out);
    return back.size() == 1 ? back[0] : c;
}

TEST(TraditionalToSimplified, EveryIdeographOfTheTableIsOpenCCsAnswerForItAlone) {
    const TraditionalToSimplified t2s;
    const opencc_t handle = opencc_open(OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP);
    ASSERT_NE(handle, reinterpret_cast<opencc_t>(-1));
    std::size_t differ = 0;
    std::size_t changed = 0;
    for (char32_t c = TraditionalToSimplified::kTableFirst; c < TraditionalToSimplified::kTableEnd;
         ++c) {
        const char32_t expected = alone(handle, c);
        if (t2s.map(c) != expected) {
            ++differ;
        }
        if (expected != c) {
            ++changed;
        }
    }
    opencc_close(handle);
    EXPECT_EQ(differ, 0U);
    EXPECT_GT(changed, 2000U);  // t2s has thousands of single characters
    EXPECT_EQ(t2s.map(U'國'), U'国');
    EXPECT_EQ(t2s.map(U'驗'), U'验');
    EXPECT_EQ(t2s.map(U'部'), U'部');
}

TEST(TraditionalToSimplified, OutsideTheTableAndOnTwoThreadsTheAnswersHold) {
    const TraditionalToSimplified t2s;
    EXPECT_EQ(t2s.map(U'A'), U'A');
    EXPECT_EQ(t2s.map(U'\U00020000'), U'\U00020000');  // CJK Extension B: itself
    char32_t first = 0;
    char32_t second = 0;
    std::thread other([&] { first = t2s.map(U'試'); });
    second = t2s.map(U'試');
    other.join();
    EXPECT_EQ(first, U'试');
    EXPECT_EQ(second, U'试');
}

}  // namespace
}  // namespace baosong::policy
