// A redaction reads once in its sentence: the replacement gives up what the text beside the
// match already says (two characters or more), and nothing else changes.

#include "policy/scan/redaction_fit.h"

#include <gtest/gtest.h>

#include "policy/utf8_codec.h"

namespace baosong::policy {
namespace {

// text with its first occurrence of match replaced by replacement, as the review does.
std::string redact(const std::string& text, const std::string& match,
                   const std::string& replacement) {
    const std::u32string t = decodeUtf8(text);
    const std::u32string m = decodeUtf8(match);
    const std::size_t start = t.find(m);
    EXPECT_NE(start, std::u32string::npos) << match;
    std::string out;
    for (const char32_t c : redactedText(t, start, start + m.size(), decodeUtf8(replacement))) {
        appendUtf8(out, c);
    }
    return out;
}

TEST(RedactionFit, TheWordAfterTheMatchIsNotSaidTwice) {
    EXPECT_EQ(redact("他参与代号“天穹”项目研制。", "代号“天穹”", "某项目"), "他参与某项目研制。");
    EXPECT_EQ(redact("完成“天穹”工程任务。", "“天穹”工程", "某工程任务"), "完成某工程任务。");
}

TEST(RedactionFit, TheWordBeforeTheMatchIsNotSaidTwice) {
    EXPECT_EQ(redact("驻某地区青山基地。", "青山基地", "地区某基地"), "驻某地区某基地。");
}

TEST(RedactionFit, OneSharedCharacterIsNoRepeat) {
    // 某部 deployed: "部" after the match begins another word.
    EXPECT_EQ(redact("由32101部队部署。", "32101部队", "某部"), "由某部部署。");
    EXPECT_EQ(redact("用于歼-20型号。", "歼-20", "某型"), "用于某型型号。");
}

TEST(RedactionFit, WithoutOverlapTheReplacementStandsWhole) {
    EXPECT_EQ(redact("研制ZT-99专项。", "ZT-99专项", "某专项"), "研制某专项。");
    EXPECT_EQ(redact("频率为 2.4 GHz。", "2.4 GHz", "某频段"), "频率为 某频段。");
    EXPECT_EQ(redact("代号天穹", "代号天穹", "某项目"), "某项目");
    EXPECT_EQ(redact("项目", "项目", "某项目"), "某项目");
}

}  // namespace
}  // namespace baosong::policy
