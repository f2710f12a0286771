#include "policy/scan/scanner.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "policy/parse_error.h"
#include "policy/utf8_codec.h"

namespace baosong::policy {
namespace {

const Scanner& builtIn() {
    static const Scanner scanner;
    return scanner;
}

// The one flag of `category` in text, failing the test when there is none or several.
ScanFlag onlyFlag(const std::string& text, const std::string& category) {
    std::vector<ScanFlag> flags = builtIn().scanField(text);
    std::erase_if(flags, [&](const ScanFlag& f) { return f.category != category; });
    EXPECT_EQ(flags.size(), 1u) << text;
    return flags.empty() ? ScanFlag{} : flags.front();
}

TEST(ScannerTest, FindsEachCategoryOnItsPlainForm) {
    struct Case {
        const char* text;
        const char* category;
        const char* span;
    };
    const Case cases[] = {
        {"该文件标注机密★10年，不得外传。", "MARKING", "机密★10年"},
        {"该项目密级为机密。", "CLASSIFIED_TERM", "密级为机密"},
        {"他曾赴97621部队开展联合试验。", "MILITARY_UNIT", "97621部队"},
        {"他主持XW-7导弹的总体设计。", "WEAPON_DESIGNATION", "XW-7"},
        {"试验点位于北纬41度23分。", "GEO_LOCATION", "北纬41度23分"},
        {"他参加了代号“天穹”的任务。", "PROJECT_CODE", "代号“天穹”"},
        {"新设计使射程达到1500公里。", "TECH_SPEC", "射程达到1500公里"},
        {"样机工作在9.6GHz附近。", "FREQUENCY", "9.6GHz"},
        {"当年共交付240套设备。", "QUANTITY", "交付240套"},
    };
    for (const Case& c : cases) {
        const ScanFlag flag = onlyFlag(c.text, c.category);
        EXPECT_EQ(flag.text, c.span) << c.text;
    }
}

TEST(ScannerTest, OffsetsAreCodePointsOfTheOriginalWhateverTheEvasion) {
    // Full-width letters, a zero-width space and spaces inside the digits: the reviewer
    // must see the original span, not the normalised one.
    const std::string text = "参与ＸＷ－\u200b７导弹、9 7 6 2 1部队试验。";
    const ScanFlag weapon = onlyFlag(text, "WEAPON_DESIGNATION");
    EXPECT_EQ(weapon.text, "ＸＷ－\u200b７");
    EXPECT_EQ(weapon.start, 2u);
    EXPECT_EQ(weapon.end, 7u);
    EXPECT_EQ(weapon.normalized, "XW-7");
    const ScanFlag unit = onlyFlag(text, "MILITARY_UNIT");
    EXPECT_EQ(unit.text, "9 7 6 2 1部队");
    EXPECT_EQ(unit.start, 10u);
}

TEST(ScannerTest, CatchesTraditionalCharactersAndChineseNumerals) {
    EXPECT_EQ(onlyFlag("文件蓋有機密★十年字樣。", "MARKING").text, "機密★十年");
    EXPECT_EQ(onlyFlag("曾在九七六二一部隊服役。", "MILITARY_UNIT").text, "九七六二一部隊");
    EXPECT_EQ(onlyFlag("使射程提升至一千五百公里。", "TECH_SPEC").text, "射程提升至一千五百公里");
    EXPECT_EQ(onlyFlag("文件右上角有㊙字。", "MARKING").text, "㊙");
}

TEST(ScannerTest, LeavesSanitisedTextAndPledgesAlone) {
    const char* clean[] = {
        "他长期在西北某地参与某型装备试验，始终严守国家秘密，保密意识强。",
        "揭开材料失效的秘密；团队内部分工明确；信息的机密性、完整性与可用性。",
        "获五星好评★★★★★，从部队转业后扎根包头，驱车600多公里回访用户。",
        "执行GB/T 19001-2016和GJB 9001C-2017，选用TC4钛合金、7075-T6铝合金，参与C919配套。",
        "合格率由86%提高到99.2%，周期缩短30%，发表论文20篇，授权专利12项。",
        "入选“草原英才”工程，获“科技英才”称号，创立“十必查”工作法，人称“拼命三郎”。",
        "工频50Hz电源改造；5G网络；参与嫦娥五号、天问一号配套产品研制。",
    };
    for (const char* text : clean) {
        EXPECT_TRUE(builtIn().scanField(text).empty()) << text;
    }
}

TEST(ScannerTest, ClassifiedTermEscalatesToBlockBesideADesignation) {
    EXPECT_EQ(onlyFlag("他参与的是涉密项目。", "CLASSIFIED_TERM").severity, FlagSeverity::Review);
    EXPECT_EQ(onlyFlag("他参与的XW-7导弹是涉密项目。", "CLASSIFIED_TERM").severity,
              FlagSeverity::Block);
    // Another sentence does not count.
    EXPECT_EQ(onlyFlag("他参与XW-7导弹研制。这是涉密项目。", "CLASSIFIED_TERM").severity,
              FlagSeverity::Review);
}

TEST(ScannerTest, QuantityIsBlockedWhenCountedInRounds) {
    EXPECT_EQ(onlyFlag("当年交付240套设备。", "QUANTITY").severity, FlagSeverity::Review);
    EXPECT_EQ(onlyFlag("当年交付导弹120枚。", "QUANTITY").severity, FlagSeverity::Block);
}

TEST(ScannerTest, IdsAreStableAndDistinguishRepeats) {
    const std::string text = "97621部队与97621部队，以及97622部队。";
    const auto first = builtIn().scanField(text, {0, "deeds"});
    const auto again = builtIn().scanField("前言。" + text, {0, "deeds"});
    ASSERT_EQ(first.size(), 3u);
    ASSERT_EQ(again.size(), 3u);
    for (std::size_t i = 0; i < first.size(); ++i) {
        EXPECT_EQ(first[i].id, again[i].id);
        EXPECT_EQ(first[i].id.size(), 16u);
    }
    EXPECT_NE(first[0].id, first[1].id);
    EXPECT_NE(first[0].id, builtIn().scanField(text, {1, "deeds"})[0].id);
}

TEST(ScannerTest, UnitLexiconAddsWordsInTheirForms) {
    const Scanner scanner(builtInScanRules(),
                          {{"青鸾", "PROJECT_CODE"}, {"黑石滩", "GEO_LOCATION"}});
    const auto flags = scanner.scanField("他在黑 石 灘完成了青鸞的总装。");
    ASSERT_EQ(flags.size(), 2u);
    EXPECT_EQ(flags[0].category, "GEO_LOCATION");
    EXPECT_EQ(flags[0].text, "黑 石 灘");
    EXPECT_EQ(flags[1].text, "青鸞");
    EXPECT_EQ(flags[1].rule, "PROJECT_CODE.unit_lexicon");
    EXPECT_EQ(flags[1].severity, FlagSeverity::Block);
}

TEST(ScannerTest, InvalidUtf8NamesTheByteOffset) {
    try {
        builtIn().scanText(std::string("正常文字\xC3\x28", 14));
        FAIL() << "no error";
    } catch (const ParseError& e) {
        EXPECT_EQ(e.code(), "invalid_utf8");
        EXPECT_NE(std::string(e.what()).find("第 12 字节"), std::string::npos) << e.what();
    }
}

TEST(ScannerTest, LargeTextKeepsOffsetsAcrossPieces) {
    std::string text;
    while (text.size() < (std::size_t{1} << 20)) {
        text += "科研人员坚持攻关，保守国家秘密。\n";
    }
    const std::size_t before = countUtf8(text);
    text += "他曾赴97621部队。";
    const auto flags = builtIn().scanText(text);
    ASSERT_EQ(flags.size(), 1u);
    EXPECT_EQ(flags[0].start, before + 3);
    EXPECT_EQ(flags[0].text, "97621部队");
}

TEST(ScannerTest, BadRuleFilesAreRefusedWithTheirPath) {
    const auto code = [](const std::string& json) {
        try {
            parseCategoryRules(json);
            return std::string("accepted");
        } catch (const ParseError& e) {
            return e.code() + "@" + e.keyPath();
        }
    };
    const std::string head = R"({"format":"baosong.scan-rules/1","category":"MARKING",)"
                             R"("title":"密级标志","title_en":"markings",)"
                             R"("message":"请核实","message_en":"check it",)";
    EXPECT_EQ(code(head + R"("rules":[{"id":"MARKING.x"}]})"), "invalid_value@rules[0]");
    EXPECT_EQ(code(head + R"("rules":[{"id":"OTHER.x","pattern":"a"}]})"),
              "invalid_value@rules[0].id");
    EXPECT_EQ(code(head + R"("rulez":[]})"), "unknown_key@rulez");
    EXPECT_EQ(code(R"({"format":"baosong.scan-rules/1","category":"NOPE"})"),
              "invalid_value@category");
    // A category speaks both languages, and a rule's own message comes with its English.
    EXPECT_EQ(code(head + R"("rules":[]})"), "accepted");
    EXPECT_EQ(code(R"({"format":"baosong.scan-rules/1","category":"MARKING","title":"密级标志",)"
                   R"("message":"请核实","message_en":"check it","rules":[]})"),
              "missing_key@title_en");
    EXPECT_EQ(code(head + R"("rules":[{"id":"MARKING.x","pattern":"a","message":"只有中文"}]})"),
              "invalid_value@rules[0].message_en");
    EXPECT_EQ(code(head + R"("escalate":{"sentence_has":["NOPE"]}})"),
              "invalid_value@escalate.sentence_has");
    CategoryRules bad;
    bad.category = "MARKING";
    ScanRule rule;
    rule.id = "MARKING.bad";
    rule.pattern = "(unclosed";
    bad.rules.push_back(rule);
    EXPECT_THROW(Scanner(ScanRuleSet{{bad}}), ParseError);
}

}  // namespace
}  // namespace baosong::policy
