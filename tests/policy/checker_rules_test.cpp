// One test per finding code of spec/policy.md: the change that triggers it, and the
// nearest change that must not.

#include <gtest/gtest.h>

#include "checker_fixture.h"
#include "policy/social_credit_code.h"

namespace baosong::policy {
namespace {

class Rule : public ::testing::Test, protected test::CheckerFixture {
  protected:
    // A third candidate like the second (a youth), under another name.
    void addCandidate(const std::string& name) {
        Candidate c = submission.candidates[1];
        c.name = name;
        submission.candidates.push_back(c);
    }
    const Finding* find(const std::string& code) const {
        static Findings last;
        last = check().findings;
        for (const auto& f : last) {
            if (f.code == code) {
                return &f;
            }
        }
        return nullptr;
    }
};

TEST_F(Rule, NoCandidates) {
    submission.candidates.clear();
    EXPECT_TRUE(has("NO_CANDIDATES"));
    EXPECT_FALSE(has("YOUTH_MISSING"));  // nothing to judge yet: one message, not two
}

TEST_F(Rule, QuotaExceededAtFourNotThree) {
    addCandidate("王三");
    EXPECT_FALSE(has("QUOTA_EXCEEDED"));
    addCandidate("王四");
    const Finding* f = find("QUOTA_EXCEEDED");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->severity, Severity::Error);
    EXPECT_NE(f->message.find("三、(二)名额分配"), std::string::npos);
}

TEST_F(Rule, EveryChannelHasItsQuota) {
    const std::map<std::string, std::size_t> allowed = {{"defense_unit", 3},
                                                        {"league_city", 5},
                                                        {"regional_society", 2},
                                                        {"regional_institution", 3}};
    for (const auto& [channel, max] : allowed) {
        submission.channel = channel;
        while (submission.candidates.size() < max) {
            addCandidate("候选" + std::to_string(submission.candidates.size()));
        }
        EXPECT_FALSE(has("QUOTA_EXCEEDED")) << channel;
        addCandidate("多一名");
        EXPECT_TRUE(has("QUOTA_EXCEEDED")) << channel;
        submission.candidates.resize(2);
    }
}

TEST_F(Rule, QuotaShortOnlyWhereTheQuotaIsExact) {
    submission.channel = "league_city";
    EXPECT_TRUE(has("QUOTA_SHORT"));
    for (int i = 0; i < 3; ++i) {
        addCandidate("候选" + std::to_string(i));
    }
    EXPECT_FALSE(has("QUOTA_SHORT"));
    submission.channel = "regional_institution";
    submission.candidates.resize(1);
    EXPECT_FALSE(has("QUOTA_SHORT"));
}

TEST_F(Rule, GrantRaisesQuotaOnlyWhenVerifiedForThisUnit) {
    addCandidate("王三");
    addCandidate("王四");
    grants = {{"grants/g.json", GrantEvidence::Signature::Verified, submission.unit.id,
               submission.campaign, 4}};
    EXPECT_FALSE(has("QUOTA_EXCEEDED"));
    EXPECT_FALSE(has("GRANT_INVALID"));
    grants = {{"grants/g.json", GrantEvidence::Signature::Invalid, submission.unit.id,
               submission.campaign, 4}};
    EXPECT_TRUE(has("QUOTA_EXCEEDED"));
    EXPECT_TRUE(has("GRANT_INVALID"));
    grants = {{"grants/g.json", GrantEvidence::Signature::Verified, "91110000100000000X",
               submission.campaign, 4}};
    EXPECT_TRUE(has("QUOTA_EXCEEDED"));
    EXPECT_TRUE(has("GRANT_INVALID"));
    grants = {{"grants/g.json", GrantEvidence::Signature::Verified, submission.unit.id,
               "nmg-zuimei-2024", 4}};
    EXPECT_TRUE(has("GRANT_INVALID"));
}

// Reference date 2023-07-16, youth = 45 or younger.
TEST_F(Rule, UncheckedGrantSaysSoHonestly) {
    grants = {{"grants/g.json", GrantEvidence::Signature::NotChecked, submission.unit.id,
               submission.campaign, 4}};
    const Finding* f = find("GRANT_INVALID");
    ASSERT_NE(f, nullptr);
    EXPECT_NE(f->message.find("无法核验"), std::string::npos) << f->message;
    EXPECT_EQ(f->message.find("无法用国防科工办的密钥验证"), std::string::npos);
}

TEST_F(Rule, QuotaShortCountsAgainstTheNoticesNumberNotAGrant) {
    submission.channel = "league_city";
    for (int i = 0; i < 3; ++i) {
        addCandidate("候选" + std::to_string(i));
    }
    grants = {{"grants/g.json", GrantEvidence::Signature::Verified, submission.unit.id,
               submission.campaign, 6}};
    EXPECT_FALSE(has("QUOTA_SHORT"));  // 5 of 5; the grant allows 6, it does not demand it
}

TEST_F(Rule, MissingOrUnknownChannelIsReportedNotSkipped) {
    submission.channel = "";
    ASSERT_NE(find("FIELD_MISSING"), nullptr);
    EXPECT_EQ(find("FIELD_MISSING")->field, "channel");
    submission.channel = "defense_unit";
    rules.channels.erase("defense_unit");  // a rule set without this channel
    ASSERT_NE(find("FIELD_FORMAT"), nullptr);
    EXPECT_EQ(find("FIELD_FORMAT")->field, "channel");
}

TEST_F(Rule, YouthBoundaryByMonth) {
    candidate(1).birth = "1977-08";  // 45 whatever the day: a youth
    EXPECT_FALSE(has("YOUTH_MISSING"));
    EXPECT_FALSE(has("YOUTH_UNCERTAIN"));
    candidate(1).birth = "1977-07";  // 45 or 46: depends on the day
    EXPECT_TRUE(has("YOUTH_UNCERTAIN"));
    EXPECT_FALSE(has("YOUTH_MISSING"));
    candidate(1).birth = "1977-06";  // 46
    EXPECT_TRUE(has("YOUTH_MISSING"));
    EXPECT_FALSE(has("YOUTH_UNCERTAIN"));
}

TEST_F(Rule, YouthExclusiveReadingIsARuleSetChoice) {
    candidate(1).birth = "1977-08";
    rules.youthInclusive = false;  // "below 45" read as < 45
    EXPECT_TRUE(has("YOUTH_MISSING"));
}

TEST_F(Rule, YouthNotRequiredForRegionalSocieties) {
    candidate(1).birth = "1960-01";
    EXPECT_TRUE(has("YOUTH_MISSING"));
    submission.channel = "regional_society";
    EXPECT_FALSE(has("YOUTH_MISSING"));
}

TEST_F(Rule, DuplicateNeedsSameNameAndBirth) {
    addCandidate(candidate(1).name);
    EXPECT_TRUE(has("DUPLICATE_CANDIDATE"));
    submission.candidates.back().birth = "1988-12";  // a namesake born a month later
    EXPECT_FALSE(has("DUPLICATE_CANDIDATE"));
}

TEST_F(Rule, ReportMustDescribeTheSelection) {
    submission.report = "  ";
    EXPECT_TRUE(has("REPORT_MISSING"));
    submission.report = "本单位高度重视此项工作。";
    EXPECT_TRUE(has("REPORT_MISSING"));
    submission.report = "本单位推荐以下两名同志。";  // says who, not how they were chosen
    EXPECT_TRUE(has("REPORT_MISSING"));
    submission.report = "经民主评议并公示，确定候选人。";
    EXPECT_FALSE(has("REPORT_MISSING"));
}

TEST_F(Rule, DeadlineIsTheSixteenth) {
    submission.date = "2023-07-16";
    EXPECT_FALSE(has("DEADLINE_PASSED"));
    submission.date = "2023-07-17";
    const Finding* f = find("DEADLINE_PASSED");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->severity, Severity::Warning);
}

TEST_F(Rule, UnitIdCheckCharacter) {
    EXPECT_TRUE(isValidSocialCreditCode("91150200MA0N8XQ313"));  // the spec example
    EXPECT_TRUE(isValidSocialCreditCode("91350100M000100Y43"));
    EXPECT_FALSE(isValidSocialCreditCode("91150200MA0N8XQ314"));  // last character off by one
    EXPECT_FALSE(isValidSocialCreditCode("91150200MA0N8XQ31"));   // 17 characters
    EXPECT_FALSE(isValidSocialCreditCode("91150200MA0N8XI313"));  // I is not in the alphabet
    submission.unit.id = "91150200MA0N8XQ314";
    EXPECT_TRUE(has("UNIT_ID_INVALID"));
}

TEST_F(Rule, FieldMissingNamesTheField) {
    candidate(0).school = "";
    const Finding* f = find("FIELD_MISSING");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->candidate, 0u);
    EXPECT_EQ(f->field, "school");
    EXPECT_NE(f->message.find("毕业院校"), std::string::npos);
    candidate(0).school = "　";  // an ideographic space is still empty
    EXPECT_TRUE(has("FIELD_MISSING"));
    candidate(0).school = "哈尔滨工业大学";
    candidate(0).officePhone = "";  // one phone is enough
    EXPECT_FALSE(has("FIELD_MISSING"));
}

TEST_F(Rule, FieldFormats) {
    const auto formatField = [&]() {
        const Finding* f = find("FIELD_FORMAT");
        return f == nullptr ? std::string("none") : f->field;
    };
    EXPECT_EQ(formatField(), "none");
    candidate(0).birth = "1972-13";
    EXPECT_EQ(formatField(), "birth");
    candidate(0).birth = "1972年3月";
    EXPECT_EQ(formatField(), "birth");
    candidate(0).birth = "1972-03";
    candidate(0).postcode = "01403";
    EXPECT_EQ(formatField(), "postcode");
    candidate(0).postcode = "014030";
    candidate(0).mobile = "2390472000";
    EXPECT_EQ(formatField(), "mobile");
    candidate(0).mobile = "13904720001";
    candidate(0).email = "zhang at example.cn";
    EXPECT_EQ(formatField(), "email");
    candidate(0).email = "zhangwd@example.cn";
    candidate(0).officePhone = "5123001";
    EXPECT_EQ(formatField(), "office_phone");
    candidate(0).officePhone = "0472-5123001-806";  // with an extension
    EXPECT_EQ(formatField(), "none");
    candidate(0).history[0].to = "现在";
    EXPECT_EQ(formatField(), "history[0].to");
    candidate(0).history[0].to = "2002-06";
    submission.date = "2023-02-30";
    EXPECT_EQ(formatField(), "date");
}

TEST_F(Rule, TitleMustBeAPostNotAGrade) {
    for (const char* vague : {"正高", "副高", "高级", "中级", " 正高 "}) {
        candidate(0).title = vague;
        EXPECT_TRUE(has("TITLE_NOT_SPECIFIC")) << vague;
    }
    for (const char* post : {"副研究员", "高级工程师", "研究员级高级工程师", "正高级工程师"}) {
        candidate(0).title = post;
        EXPECT_FALSE(has("TITLE_NOT_SPECIFIC")) << post;
    }
}

TEST_F(Rule, AreasAndDiscipline) {
    candidate(0).areas = {};
    EXPECT_TRUE(has("AREA_INVALID"));
    candidate(0).areas = {"面向国家重大需求", "国防建设"};
    EXPECT_TRUE(has("AREA_INVALID"));
    candidate(0).areas = {"面向国家重大需求", "社会服务"};
    EXPECT_FALSE(has("AREA_INVALID"));
    candidate(0).discipline = "工科";
    EXPECT_TRUE(has("DISCIPLINE_INVALID"));
    candidate(0).discipline = "医";
    EXPECT_FALSE(has("DISCIPLINE_INVALID"));
}

TEST_F(Rule, ExcludedIdentities) {
    for (const char* id :
         {"active_military", "civil_servant", "civil_servant_managed", "kexie_fulltime"}) {
        candidate(0).identity = id;
        EXPECT_TRUE(has("EXCLUDED_IDENTITY")) << id;
    }
    candidate(0).identity = "staff";
    EXPECT_FALSE(has("EXCLUDED_IDENTITY"));
}

TEST_F(Rule, HonorsNmgIsAnErrorNationalAWarning) {
    candidate(0).honors.zuimeiNmg = true;
    ASSERT_NE(find("HONOR_NMG_ZUIMEI"), nullptr);
    EXPECT_EQ(find("HONOR_NMG_ZUIMEI")->severity, Severity::Error);
    candidate(0).honors.zuimeiNmg = false;
    rules.formerAwardees = {{"张卫东", "内蒙古北方特种装备研究所"}};
    EXPECT_TRUE(has("HONOR_NMG_ZUIMEI"));
    rules.formerAwardees = {{"张卫东", "另一家单位"}};  // a namesake elsewhere
    EXPECT_FALSE(has("HONOR_NMG_ZUIMEI"));
    candidate(0).honors.zuimeiNational = true;
    ASSERT_NE(find("HONOR_NATIONAL"), nullptr);
    EXPECT_EQ(find("HONOR_NATIONAL")->severity, Severity::Warning);
}

TEST_F(Rule, NationalHonourNamedButNotTicked) {
    candidate(0).honors = {};
    candidate(0).honors.notes = "2019年获全国五一劳动奖章；2021年获内蒙古自治区科技进步奖一等奖";
    const Finding* f = find("HONOR_NATIONAL_UNTICKED");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->severity, Severity::Warning);
    EXPECT_EQ(f->field, "honors.national");
    EXPECT_NE(f->message.find("全国五一劳动奖章"), std::string::npos) << f->message;
    EXPECT_NE(f->messageEn.find("全国五一劳动奖章"), std::string::npos) << f->messageEn;
    EXPECT_FALSE(has("HONOR_NATIONAL"));
    // Ticked, the honour is the notice's "原则上不再推荐" case, reported once as such.
    candidate(0).honors.national = true;
    EXPECT_FALSE(has("HONOR_NATIONAL_UNTICKED"));
    EXPECT_TRUE(has("HONOR_NATIONAL"));
    // A regional award alone is no national honour.
    candidate(0).honors = {};
    candidate(0).honors.notes = "2021年获内蒙古自治区科技进步奖一等奖";
    EXPECT_FALSE(has("HONOR_NATIONAL_UNTICKED"));
    // The words are the rule set's: without the list there is nothing to find.
    candidate(0).honors.notes = "2019年获全国五一劳动奖章";
    rules.nationalHonors.clear();
    EXPECT_FALSE(has("HONOR_NATIONAL_UNTICKED"));
}

TEST_F(Rule, HistoryOrder) {
    EXPECT_FALSE(has("HISTORY_ORDER"));        // the example touches at month ends: fine
    candidate(0).history[1].from = "2001-09";  // starts before the previous ends (2002-06)
    EXPECT_TRUE(has("HISTORY_ORDER"));
    candidate(0).history[1].from = "2002-09";
    candidate(0).history[1].to = "2002-01";  // runs backwards
    EXPECT_TRUE(has("HISTORY_ORDER"));
}

TEST_F(Rule, DeedsAboutFifteenHundred) {
    candidate(1).deeds = std::string(1199 * 3, '\0');
    for (std::size_t i = 0; i < candidate(1).deeds.size(); i += 3) {
        candidate(1).deeds.replace(i, 3, "字");
    }
    EXPECT_TRUE(has("DEEDS_LENGTH"));
    candidate(1).deeds += "字";  // 1200
    EXPECT_FALSE(has("DEEDS_LENGTH"));
    candidate(1).deeds += std::string(600, ' ');  // spaces do not count
    EXPECT_FALSE(has("DEEDS_LENGTH"));
}

TEST_F(Rule, StoriesOneOrTwoAndAtMostTwoThousand) {
    candidate(1).stories = {};
    EXPECT_TRUE(has("STORY_COUNT"));
    candidate(1).stories = {"一", "二", "三"};
    EXPECT_TRUE(has("STORY_COUNT"));
    std::string thousand;
    for (int i = 0; i < 1000; ++i) {
        thousand += "故";
    }
    candidate(1).stories = {thousand, thousand};  // exactly 2000
    EXPECT_FALSE(has("STORY_LENGTH"));
    EXPECT_FALSE(has("STORY_COUNT"));
    candidate(1).stories[1] += "事";
    EXPECT_TRUE(has("STORY_LENGTH"));
}

TEST_F(Rule, PhotoMissingFormatAndSize) {
    candidate(1).photo = "";
    EXPECT_TRUE(has("PHOTO_MISSING"));
    candidate(1).photo = "photos/nowhere.jpg";
    EXPECT_TRUE(has("PHOTO_MISSING"));
    candidate(1).photo = "photos/李思源_证件照.jpg";
    photos["photos/李思源_证件照.jpg"].isJpeg = false;  // a PNG renamed .jpg
    EXPECT_TRUE(has("PHOTO_FORMAT"));
    photos["photos/李思源_证件照.jpg"].isJpeg = true;
    photos["photos/李思源_证件照.jpg"].decoded = false;  // truncated JPEG
    EXPECT_TRUE(has("PHOTO_FORMAT"));
    photos["photos/李思源_证件照.jpg"].decoded = true;
    photos["photos/张卫东2.jpg"].bytes = 2'097'151;
    EXPECT_TRUE(has("PHOTO_TOO_SMALL"));
    photos["photos/张卫东2.jpg"].bytes = 2'097'152;  // exactly 2 MB
    EXPECT_FALSE(has("PHOTO_TOO_SMALL"));
}

TEST_F(Rule, LifePhotoCountOnlyWhenGiven) {
    EXPECT_FALSE(has("LIFE_PHOTO_COUNT"));  // candidate 1 has none: allowed for now
    candidate(0).lifePhotos.resize(2);
    EXPECT_TRUE(has("LIFE_PHOTO_COUNT"));
}

TEST_F(Rule, IdPhotoShapeAndBackground) {
    auto& id = photos["photos/张卫东_证件照.jpg"];
    id.width = 390;  // 33×48 mm at 300 dpi is about 390×567
    id.height = 567;
    EXPECT_FALSE(has("ID_PHOTO_SHAPE"));
    id.width = 600;  // landscape
    id.height = 400;
    EXPECT_TRUE(has("ID_PHOTO_SHAPE"));
    id.width = 413;
    id.height = 579;
    id.blueBackground = false;
    EXPECT_TRUE(has("ID_PHOTO_BACKGROUND"));
}

TEST_F(Rule, DeclarationMustBeSigned) {
    candidate(0).declarationSigned = false;
    EXPECT_TRUE(has("DECLARATION_UNSIGNED"));
}

TEST_F(Rule, OpinionsDecideAndCoverTheTopics) {
    candidate(0).unitOpinion = "该同志政治表现好，廉洁自律，道德品行端正，材料真实，不涉密。";
    EXPECT_TRUE(has("OPINION_NO_DECISION"));
    candidate(0).unitOpinion += "不同意推荐。";
    EXPECT_TRUE(has("OPINION_REFUSED"));
    EXPECT_FALSE(has("OPINION_NO_DECISION"));
    candidate(0).unitOpinion = "同意推荐。";
    const Finding* f = find("OPINION_INCOMPLETE");
    ASSERT_NE(f, nullptr);
    EXPECT_NE(f->message.find("涉密情况"), std::string::npos);
    candidate(0).unitOpinion =
        "政治表现好，廉洁，品行端正，材料真实，经保密审查不涉及国家秘密。同意推荐。";
    EXPECT_FALSE(has("OPINION_INCOMPLETE"));
}

TEST_F(Rule, RecommenderOpinionIsTheOfficesForDefenseUnits) {
    EXPECT_FALSE(has("OPINION_NO_DECISION"));  // the unit leaves it empty
    const auto atOffice = codes(true);         // the office's re-check requires it
    EXPECT_NE(std::find(atOffice.begin(), atOffice.end(), "OPINION_NO_DECISION"), atOffice.end());
    submission.channel = "regional_institution";  // there the submitter is the 推荐单位
    EXPECT_TRUE(has("OPINION_NO_DECISION"));
    for (auto& c : submission.candidates) {
        c.recommenderOpinion = "同意推荐。";
    }
    EXPECT_FALSE(has("OPINION_NO_DECISION"));
}

TEST_F(Rule, EveryDocumentNeedsItsStampedPdf) {
    EXPECT_FALSE(has("STAMPED_MISSING"));
    submission.stamped.report.clear();
    const Finding* report = find("STAMPED_MISSING");
    ASSERT_NE(report, nullptr);
    EXPECT_EQ(report->severity, Severity::Error);
    EXPECT_FALSE(report->candidate.has_value());
    EXPECT_EQ(report->field, "stamped.report");
    EXPECT_NE(report->message.find("推荐工作情况报告的盖章版 PDF"), std::string::npos);
    EXPECT_NE(report->message.find("电子版Word及盖章版PDF各一套"), std::string::npos);
    EXPECT_NE(report->messageEn.find("report on the selection"), std::string::npos);

    submission.stamped.report = "盖章版/推荐工作情况报告.pdf";
    pdfs.erase(candidate(1).stampedForm);  // named, but the file is not there
    const Finding* form = find("STAMPED_MISSING");
    ASSERT_NE(form, nullptr);
    EXPECT_EQ(form->candidate, 1u);
    EXPECT_EQ(form->field, "stamped_form");
    EXPECT_NE(form->message.find("找不到"), std::string::npos);
    EXPECT_NE(form->message.find("李思源"), std::string::npos);

    pdfs[candidate(1).stampedForm] = false;  // there, but a photo of the page, say
    EXPECT_FALSE(has("STAMPED_MISSING"));
    const Finding* notPdf = find("STAMPED_NOT_PDF");
    ASSERT_NE(notPdf, nullptr);
    EXPECT_EQ(notPdf->candidate, 1u);
    EXPECT_NE(notPdf->message.find(candidate(1).stampedForm), std::string::npos);

    submission.stamped.summary.clear();
    candidate(0).stampedForm.clear();
    std::size_t missing = 0;
    for (const auto& f : check().findings) {
        missing += f.code == "STAMPED_MISSING" ? 1U : 0U;
    }
    EXPECT_EQ(missing, 2u);
}

TEST_F(Rule, FindingsAreGroupedSubmissionFirst) {
    candidate(1).declarationSigned = false;
    submission.unit.id = "bad";
    const auto findings = check().findings;
    ASSERT_GE(findings.size(), 2u);
    EXPECT_FALSE(findings.front().candidate.has_value());
    EXPECT_EQ(findings.back().candidate, 1u);
}

}  // namespace
}  // namespace baosong::policy
