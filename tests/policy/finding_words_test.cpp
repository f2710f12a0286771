// What findings say lives in policy/wording/findings.json, in Chinese and English
// (wording.h): every entry has both with the same {names}, and whatever the checker reports
// is filled in whole in both languages.

#include <gtest/gtest.h>

#include <set>

#include "checker_fixture.h"
#include "policy/placeholders.h"
#include "policy/wording.h"

namespace baosong::policy {
namespace {

std::multiset<std::string> namesIn(const std::string& text) {
    // The one reader of {name} templates tells which names a text asks for.
    std::multiset<std::string> names;
    policy::fillPlaceholders(text, [&](std::string_view name) -> std::optional<std::string> {
        names.insert(std::string(name));
        return std::nullopt;
    });
    return names;
}

TEST(FindingWords, EveryEntryHasBothLanguagesWithTheSameValues) {
    ASSERT_GT(allFindingWords().size(), 80u);
    for (const auto& [key, words] : allFindingWords()) {
        EXPECT_FALSE(words.zh.empty()) << key;
        EXPECT_FALSE(words.en.empty()) << key;
        EXPECT_EQ(namesIn(words.zh), namesIn(words.en)) << key;
    }
}

TEST(FindingWords, FillsEachLanguageWithItsOwnWords) {
    const Wording w =
        findingWords("FIELD_MISSING.candidate",
                     {{"who", findingWords("candidate_unnamed", {{"number", plain("2")}})},
                      {"label", findingWords("label.birth")}});
    EXPECT_EQ(w.zh,
              "候选人（第 2 名）的“出生年月”未填写；推荐表各栏须填写完整（见通知“三、(三)1”）");
    EXPECT_EQ(w.en,
              "“birth month” of candidate no. 2 is not filled in; every box of the "
              "nomination form must be filled in (notice 三、(三)1)");
    EXPECT_EQ(findingWords("no_such_key").en, "⟦no_such_key⟧");
    EXPECT_EQ(listOf({plain("甲"), plain("乙")}).zh, "甲、乙");
    EXPECT_EQ(listOf({plain("甲"), plain("乙")}).en, "甲, 乙");
}

// A submission wrong in every way the checker knows: each finding it reports must be said
// whole in both languages, with no key missing and no {name} left unfilled.
TEST(FindingWords, EveryFindingIsSaidWholeInBothLanguages) {
    test::CheckerFixture f;
    f.submission.date = "2023/07/10";
    f.submission.report = "";
    f.submission.unit.name = "";
    f.submission.unit.contact = {};
    f.submission.unit.id = "123";
    const char* identities[] = {"active_military", "civil_servant", "civil_servant_managed",
                                "kexie_fulltime"};
    for (std::size_t i = 0; i < f.submission.candidates.size() && i < 4; ++i) {
        Candidate& c = f.candidate(i);
        c.identity = identities[i];
    }
    Candidate& c = f.candidate(0);
    c = Candidate{};
    c.birth = "1980/1";
    c.postcode = "1";
    c.mobile = "2";
    c.officePhone = "3";
    c.email = "x";
    c.history = {{"2010-01", "2009-01", "a", "b"}, {"x", "y", "c", "d"}};
    c.areas = {"其他"};
    c.discipline = "文";
    c.title = "高级";
    c.unitOpinion = "不同意推荐";
    c.photo = "missing.jpg";
    c.lifePhotos = {"missing2.jpg"};
    c.stories = {std::string(9000, 'a'), "b", "c"};
    f.submission.candidates.push_back(f.submission.candidates.back());
    f.submission.candidates.push_back(f.submission.candidates.back());
    f.submission.candidates.push_back(f.submission.candidates.back());
    const CheckReport report = f.check(true);
    std::set<std::string> codes;
    for (const Finding& finding : report.findings) {
        codes.insert(finding.code);
        for (const std::string* said : {&finding.message, &finding.messageEn}) {
            EXPECT_FALSE(said->empty()) << finding.code;
            EXPECT_EQ(said->find("\u27e6"), std::string::npos) << finding.code << ": " << *said;
            EXPECT_TRUE(namesIn(*said).empty()) << finding.code << ": " << *said;
        }
    }
    // The submission above is meant to reach most rules; if it stops doing so, this test
    // would prove little.
    EXPECT_GE(codes.size(), 15u) << codes.size();
}

}  // namespace
}  // namespace baosong::policy
