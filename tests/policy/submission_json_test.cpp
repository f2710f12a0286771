#include "policy/submission_json.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

#include "policy/parse_error.h"
#include "policy/strict_json.h"
#include "support/malformed_corpus.h"
#include "support/temp_dir.h"

namespace baosong::policy {
namespace {

const std::string kData = BAOSONG_TEST_DATA;

ParseError parseFailure(std::string_view text) {
    try {
        parseSubmission(text);
    } catch (const ParseError& e) {
        return e;
    }
    ADD_FAILURE() << "parsed without error: " << text.substr(0, 80);
    return ParseError("none", "", "");
}

TEST(SubmissionJson, ExampleParsesWithEveryField) {
    const auto s = parseSubmission(test::readFile(std::string(BAOSONG_EXAMPLE)));
    EXPECT_EQ(s.channel, "defense_unit");
    EXPECT_EQ(s.unit.id, "91150200MA0N8XQ313");
    ASSERT_EQ(s.candidates.size(), 2u);
    const Candidate& young = s.candidates[1];
    EXPECT_EQ(young.name, "李思源");
    EXPECT_EQ(young.gender, "女");
    EXPECT_EQ(young.birth, "1988-11");
    EXPECT_EQ(young.stories.size(), 2u);
    EXPECT_EQ(young.photo, "photos/李思源_证件照.jpg");
    EXPECT_TRUE(young.declarationSigned);
    EXPECT_EQ(s.candidates[0].history.size(), 3u);
    EXPECT_EQ(s.candidates[0].history[2].to, "至今");
    EXPECT_EQ(s.candidates[0].lifePhotos.size(), 3u);
}

TEST(SubmissionJson, RoundTripIsLossless) {
    const std::string original = test::readFile(std::string(BAOSONG_EXAMPLE));
    const auto s = parseSubmission(original);
    const std::string written = toJson(s);
    EXPECT_EQ(parseSubmission(written), s);
    // Same JSON value as the file we read (key order aside): nothing dropped, nothing added.
    EXPECT_EQ(nlohmann::json::parse(written), nlohmann::json::parse(original));
    // Chinese is written as itself, not as \u escapes.
    EXPECT_NE(written.find("内蒙古北方特种装备研究所"), std::string::npos);
}

TEST(SubmissionJson, AbsentKeysTakeEmptyValues) {
    const auto s = parseSubmission(R"({"format":"baosong.submission/1","candidates":[{}]})");
    ASSERT_EQ(s.candidates.size(), 1u);
    EXPECT_EQ(s.candidates[0].name, "");
    EXPECT_EQ(s.candidates[0].identity, "staff");
    EXPECT_EQ(s.revision, 1);
}

TEST(SubmissionJson, OddUnicodeSurvivesTheRoundTrip) {
    Submission s;
    Candidate c;
    c.name = "𠮷野 家";                // outside the BMP, and a space
    c.deeds = "零宽\u200b空格\u00ad";  // zero-width space, soft hyphen
    c.stories = {"“引号”\t制表\n换行"};
    s.candidates.push_back(c);
    EXPECT_EQ(parseSubmission(toJson(s)), s);
}

TEST(SubmissionJson, StampedScansRoundTripAndFormatOneIsStillRead) {
    Submission s;
    Candidate c;
    c.name = "张三";
    c.stampedForm = "盖章版/推荐表/张三.pdf";
    s.candidates.push_back(c);
    s.stamped = {"盖章版/汇总表.pdf", "盖章版/推荐工作情况报告.pdf"};
    const std::string json = toJson(s);
    EXPECT_NE(json.find("\"format\": \"baosong.submission/2\""), std::string::npos);
    EXPECT_EQ(parseSubmission(json), s);

    // A file of format 1 reads as before, without stamped scans, and is written as format 2.
    const Submission old = parseSubmission(
        R"({"format":"baosong.submission/1","candidates":[{"name":"李四"}],"grants":[]})");
    EXPECT_EQ(old.candidates.at(0).stampedForm, "");
    EXPECT_EQ(old.stamped, StampedScans{});
    EXPECT_NE(toJson(old).find("baosong.submission/2"), std::string::npos);
    // Format 1 has no stamped key: a file that says 1 and names one is refused, not half read.
    EXPECT_EQ(parseFailure(R"({"format":"baosong.submission/1","stamped":{}})").code(),
              "unknown_key");
}

TEST(SubmissionJson, HugeFieldIsAcceptedButHugeFileIsNot) {
    Submission s;
    Candidate c;
    c.deeds = std::string(1 << 20, 'x');
    s.candidates.push_back(c);
    EXPECT_EQ(parseSubmission(toJson(s)).candidates[0].deeds.size(), std::size_t{1} << 20);
    const std::string huge = "\"" + std::string(kMaxDocumentBytes, 'x') + "\"";
    EXPECT_EQ(parseFailure(huge).code(), "too_large");
}

TEST(SubmissionJson, MessagesAreChineseAndNameThePath) {
    const auto e =
        parseFailure(R"({"format":"baosong.submission/1","candidates":[{},{"birth":1}]})");
    EXPECT_EQ(e.keyPath(), "candidates[1].birth");
    EXPECT_NE(std::string(e.what()).find("candidates[1].birth"), std::string::npos);
    EXPECT_NE(std::string(e.what()).find("应为字符串"), std::string::npos);
}

// Every file in tests/data/malformed is refused with the code and key path EXPECTED.tsv
// gives it, and every file there is listed.
TEST(SubmissionJson, MalformedCorpus) {
    std::set<std::string> listed;
    for (const auto& c : test::malformedCorpus()) {
        listed.insert(std::filesystem::path(c.file).filename().string());
        SCOPED_TRACE(c.file);
        const auto e = parseFailure(test::readFile(c.file));
        EXPECT_EQ(e.code(), c.code);
        EXPECT_EQ(e.keyPath(), c.keyPath);
    }
    for (const auto& entry : std::filesystem::directory_iterator(kData + "/malformed")) {
        const std::string name = entry.path().filename().string();
        if (name != "EXPECTED.tsv") {
            EXPECT_TRUE(listed.contains(name)) << name << " is not described in EXPECTED.tsv";
        }
    }
    EXPECT_GE(listed.size(), 20u);
}

}  // namespace
}  // namespace baosong::policy
