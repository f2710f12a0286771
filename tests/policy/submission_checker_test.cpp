#include "policy/submission_checker.h"

#include <gtest/gtest.h>

#include "checker_fixture.h"
#include "policy/chinese_text.h"

#include <set>

namespace baosong::policy {
namespace {

class Checker : public ::testing::Test, protected test::CheckerFixture {};

TEST_F(Checker, SpecExampleIsClean) {
    const auto report = check();
    EXPECT_TRUE(report.ok());
    for (const auto& f : report.findings) {
        ADD_FAILURE() << f.code << ": " << f.message;
    }
    EXPECT_EQ(report.rules, "nmg-zuimei-2023");
}

// spec/policy.md: every message is Chinese, names the rule's source and says how to fix
// it. One submission that breaks every rule, each message checked for both.
TEST_F(Checker, EveryMessageNamesItsSourceAndAFix) {
    Candidate twin = submission.candidates[0];
    submission.candidates.push_back(twin);  // DUPLICATE_CANDIDATE
    for (int i = 0; i < 2; ++i) {
        Candidate extra = submission.candidates[1];
        extra.name = "多" + std::to_string(i);
        extra.birth = "1950-01";  // nobody young: YOUTH_MISSING
        submission.candidates.push_back(extra);
    }
    submission.report = "无";
    submission.date = "2023-07-30";
    submission.unit.id = "123";
    submission.unit.contact.phone = "";
    grants = {{"grants/g.json", GrantEvidence::Signature::Invalid, "", "", 0}};
    Candidate& c = candidate(0);
    c.postcode = "1";
    c.school = "";
    c.title = "正高";
    c.areas = {"国防"};
    c.discipline = "军";
    c.identity = "active_military";
    c.honors.zuimeiNmg = true;
    c.honors.national = true;
    c.history[1].from = "1990-01";
    c.deeds = "短";
    c.stories = {};
    c.photo = "";
    c.lifePhotos = {"photos/张卫东1.jpg", "nowhere.jpg"};
    photos["photos/张卫东1.jpg"].bytes = 10;
    c.declarationSigned = false;
    c.unitOpinion = "好";
    Candidate& d = candidate(1);
    d.birth = "1950-01";
    d.stories = {std::string(3000, 'x')};
    d.unitOpinion = "不同意推荐";
    photos["photos/李思源_证件照.jpg"] = PhotoFacts{100, true, true, 600, 400, false};
    Candidate& e = candidate(3);
    e.photo = "bad.jpg";
    photos["bad.jpg"] = PhotoFacts{100, false, false, 0, 0, std::nullopt};

    std::set<std::string> seen;
    for (const auto& f : check(true).findings) {
        seen.insert(f.code);
        const bool source = contains(f.message, "通知") || contains(f.message, "附件") ||
                            contains(f.message, "GB 32100");
        const bool fix =
            contains(f.message, "请") || contains(f.message, "应为") || contains(f.message, "须");
        EXPECT_TRUE(source) << f.code << " names no source: " << f.message;
        EXPECT_TRUE(fix) << f.code << " says no fix: " << f.message;
    }
    for (const char* code : {"QUOTA_EXCEEDED",      "YOUTH_MISSING",        "DUPLICATE_CANDIDATE",
                             "REPORT_MISSING",      "DEADLINE_PASSED",      "UNIT_ID_INVALID",
                             "GRANT_INVALID",       "FIELD_MISSING",        "FIELD_FORMAT",
                             "TITLE_NOT_SPECIFIC",  "AREA_INVALID",         "DISCIPLINE_INVALID",
                             "EXCLUDED_IDENTITY",   "HONOR_NMG_ZUIMEI",     "HONOR_NATIONAL",
                             "HISTORY_ORDER",       "DEEDS_LENGTH",         "STORY_COUNT",
                             "STORY_LENGTH",        "PHOTO_MISSING",        "PHOTO_FORMAT",
                             "PHOTO_TOO_SMALL",     "LIFE_PHOTO_COUNT",     "ID_PHOTO_SHAPE",
                             "ID_PHOTO_BACKGROUND", "DECLARATION_UNSIGNED", "OPINION_NO_DECISION",
                             "OPINION_REFUSED",     "OPINION_INCOMPLETE"}) {
        EXPECT_TRUE(seen.contains(code)) << code << " was not triggered";
    }
}

}  // namespace
}  // namespace baosong::policy
