// The office's review through the real binary: two units seal with their stamped scans,
// the office opens both, sees every candidate, writes opinions, forwards and withholds;
// bad inputs are refused with their codes and change nothing.

#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "support/bundle_flow.h"
#include "support/temp_dir.h"
#include "support/vault_fixture.h"

namespace baosong::test {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr const char* kUnitA = "91150200MA0N8XQ313";
constexpr const char* kUnitB = "91150100MA0PQ7RX21";

std::string errorCode(const ProcessResult& r) {
    const std::size_t open = r.err.rfind('[');
    const std::size_t close = r.err.rfind(']');
    return open == std::string::npos || close < open ? ""
                                                     : r.err.substr(open + 1, close - open - 1);
}

class OfficeReviewCommandTest : public ::testing::Test {
  protected:
    void SetUp() override {
        fs::create_directories(dir.path() / "a");
        fs::create_directories(dir.path() / "b");
        fs::create_directories(dir.path() / "received");
        unitA.readyToSeal(writeSealableSubmission(dir / "a"), office);
        // Unit B nominates two other people.
        const std::string b = writeSealableSubmission(dir / "b");
        json doc = json::parse(readFile(b));
        doc["unit"]["id"] = kUnitB;
        doc["candidates"][0]["name"] = "王建国";
        doc["candidates"][1]["name"] = "刘晓燕";
        writeFile(b, doc.dump());
        unitB.initUnit();
        unitB.importSubmission(b);
        unitB.reviewAndSignOff();
        unitB.exchangeKeys(office);
        for (BundleFlow* unit : {&unitA, &unitB}) {
            const auto sealed = unit->seal(unit->base + "/out");
            ASSERT_EQ(sealed.exitCode, 0) << sealed.err;
            const std::string bundle = json::parse(sealed.out).at("bundle");
            const auto opened = run({"office", "open", office, bundle, "--out", dir / "received"});
            ASSERT_EQ(opened.exitCode, 0) << opened.out << opened.err;
        }
    }
    ProcessResult run(std::vector<std::string> args) { return BundleFlow::run(std::move(args)); }
    json candidates() {
        const auto r = run({"office", "candidates", office, "--json"});
        EXPECT_EQ(r.exitCode, 0) << r.err;
        return json::parse(r.out);
    }

    TempDir dir;
    std::string office = dir / "office.bsv";
    BundleFlow unitA{dir, kUnitA, "unitA"};
    BundleFlow unitB{dir, kUnitB, "unitB"};
};

TEST_F(OfficeReviewCommandTest, OpinionsAndDecisionsForEveryCandidateOfBothUnits) {
    json listed = candidates();
    ASSERT_EQ(listed["candidates"].size(), 4u);
    EXPECT_EQ(listed["candidates"][0]["unit"], kUnitB);  // by unit id
    EXPECT_EQ(listed["candidates"][0]["name"], "王建国");
    EXPECT_EQ(listed["candidates"][3]["name"], "李思源");
    EXPECT_EQ(listed["candidates"][3]["number"], 2);
    EXPECT_EQ(listed["candidates"][3]["decision"], "");
    EXPECT_TRUE(listed["warnings"].empty()) << listed.dump();

    // Bad inputs: each its code, and the office vault is not touched.
    const std::string before = readFile(office);
    const std::vector<std::pair<std::vector<std::string>, std::string>> refused = {
        {{"office", "decide", office, "--unit", kUnitA, "--candidate", "1", "--forward"},
         "opinion_missing"},
        {{"office", "decide", office, "--unit", kUnitA, "--candidate", "1", "--withhold"},
         "reason_missing"},
        {{"office", "decide", office, "--unit", kUnitA, "--candidate", "1", "--forward",
          "--withhold"},
         "usage"},
        {{"office", "opinion", office, "--unit", kUnitA, "--candidate", "1", "--text", "事迹突出"},
         "opinion_no_decision"},
        {{"office", "opinion", office, "--unit", kUnitA, "--candidate", "3", "--text", "同意推荐"},
         "candidate_unknown"},
        {{"office", "opinion", office, "--unit", "91150200MA0N8XQ326", "--candidate", "1", "--text",
          "同意推荐"},
         "unit_not_received"},
        {{"office", "opinion", office, "--unit", kUnitA, "--candidate", "0", "--text", "同意推荐"},
         "usage"},
        {{"office", "opinion", office, "--candidate", "1", "--text", "同意推荐"}, "usage"},
        {{"office", "opinion", unitA.vault, "--unit", kUnitA, "--candidate", "1", "--text",
          "同意推荐"},
         "not_office_vault"},
    };
    for (const auto& [args, code] : refused) {
        const auto r = run(args);
        EXPECT_NE(r.exitCode, 0) << code;
        EXPECT_EQ(errorCode(r), code) << r.err;
    }
    EXPECT_EQ(readFile(office), before);

    const std::string agree =
        "该同志长期从事特种装备研制，事迹突出，学风严谨，道德品行端正。同意推荐。";
    for (const char* unit : {kUnitA, kUnitB}) {
        for (const char* n : {"1", "2"}) {
            const auto r = run(
                {"office", "opinion", office, "--unit", unit, "--candidate", n, "--text", agree});
            ASSERT_EQ(r.exitCode, 0) << r.err;
        }
    }
    for (const auto& [unit, n] : std::vector<std::pair<const char*, const char*>>{
             {kUnitA, "1"}, {kUnitA, "2"}, {kUnitB, "1"}}) {
        const auto r = run(
            {"office", "decide", office, "--unit", unit, "--candidate", n, "--forward", "--json"});
        ASSERT_EQ(r.exitCode, 0) << r.err;
        EXPECT_EQ(json::parse(r.out)["decision"], "forward");
    }
    const auto withheld = run({"office", "decide", office, "--unit", kUnitB, "--candidate", "2",
                               "--withhold", "--reason", "本年度名额有限，暂缓推荐"});
    ASSERT_EQ(withheld.exitCode, 0) << withheld.err;
    EXPECT_NE(withheld.out.find("暂缓推荐"), std::string::npos) << withheld.out;

    listed = candidates();
    EXPECT_EQ(listed["candidates"][1]["decision"], "withhold");
    EXPECT_EQ(listed["candidates"][1]["reason"], "本年度名额有限，暂缓推荐");
    EXPECT_EQ(listed["candidates"][2]["opinion"], agree);
    const auto text = run({"office", "candidates", office});
    EXPECT_NE(text.out.find("共 4 名候选人：3 名推荐，1 名暂缓，0 名未定"), std::string::npos)
        << text.out;
    const auto audit = run({"vault", "audit", office, "--json"});
    EXPECT_EQ(audit.exitCode, 0) << audit.err;
    EXPECT_EQ(audit.out.find("本年度名额有限"), std::string::npos);  // no words in the log
}

}  // namespace
}  // namespace baosong::test
