// `baosong scan`, `vault lexicon` and `review` through the real binary: exit codes, the
// reviewer passphrase, redactions that reach the stored text, and a sign-off that any
// later change voids.

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "support/cli_runner.h"
#include "support/jpeg_maker.h"
#include "support/process.h"
#include "support/temp_dir.h"
#include "support/vault_fixture.h"

namespace baosong::test {
namespace {

using nlohmann::json;

std::string readAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

void writeAll(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

class ReviewCommandTest : public ::testing::Test {
  protected:
    void SetUp() override {
        std::filesystem::create_directories(dir.path() / "in");
        source = writeExampleSubmission(dir / "in", 3000);
        json doc = json::parse(readAll(source));
        doc["candidates"][0]["deeds"] = doc["candidates"][0]["deeds"].get<std::string>() +
                                        "他曾赴97621部队参与XW-7导弹试验。试验中射程达1500公里。";
        doc["candidates"][1]["stories"][0] =
            doc["candidates"][1]["stories"][0].get<std::string>() + "试验场位于北纬41度23分。";
        writeAll(source, doc.dump());
    }

    ProcessResult run(std::vector<std::string> args, std::map<std::string, std::string> env = {}) {
        return runCli(std::move(args), env);
    }

    void initAndImport() {
        ASSERT_EQ(run({"vault", "init", vault, "--campaign", "nmg-zuimei-2023", "--channel",
                       "defense_unit", "--unit-name", "内蒙古北方特种装备研究所", "--unit-id",
                       "91150200MA0N8XQ313", "--kdf-memory-mib", "64", "--kdf-passes", "1"})
                      .exitCode,
                  0);
        ASSERT_EQ(run({"vault", "import", vault, source}).exitCode, 0);
    }

    json list() {
        const auto result = run({"review", vault, "list", "--json"});
        return json::parse(result.out);
    }

    TempDir dir;
    std::string vault = dir / "unit.bsv";
    std::string source;
};

// cli.md gives --json to `review list` and `keys show|import-office` only; the other
// subverbs refuse it (exit 2, usage) before asking for anything, rather than ignore it and
// print words where a program waits for JSON. Nothing in the vault changes.
TEST_F(ReviewCommandTest, JsonIsRefusedWhereTheSpecGivesNone) {
    initAndImport();
    const std::string before = readAll(vault);
    const std::vector<std::vector<std::string>> calls = {
        {"review", vault, "resolve", "0123456789abcdef", "--decision", "cleared", "--note", "x",
         "--json"},
        {"review", vault, "approve", "0123456789abcdef", "--json"},
        {"review", vault, "sign-off", "--json"},
        {"review", vault, "name", "王审查", "--json"},
        {"keys", vault, "enrolment", dir / "enrol", "--json"},
    };
    for (const auto& call : calls) {
        const auto result = run(call);
        EXPECT_EQ(result.exitCode, 2) << call[2] << ": " << result.err;
        EXPECT_NE(result.err.find("--json"), std::string::npos) << result.err;
        EXPECT_NE(result.err.find("[usage]"), std::string::npos) << result.err;
    }
    EXPECT_EQ(readAll(vault), before);
    EXPECT_FALSE(std::filesystem::exists(dir / "enrol.json"));
    EXPECT_EQ(run({"review", vault, "list", "--json"}).exitCode, 1);  // taken: no sign-off yet
}

TEST_F(ReviewCommandTest, ScanExitCodesFollowTheSpec) {
    const std::string clean = dir / "clean.txt";
    writeAll(clean, "他长期在西北某地参与某型装备试验，始终严守国家秘密。\n");
    EXPECT_EQ(run({"scan", clean}).exitCode, 0);

    const auto flagged = run({"scan", "--json", source});
    ASSERT_EQ(flagged.exitCode, 1) << flagged.err;
    const json flags = json::parse(flagged.out).at("flags");
    ASSERT_GE(flags.size(), 4u);
    EXPECT_EQ(flags[0].at("candidate"), 0);
    EXPECT_EQ(flags[0].at("field"), "deeds");
    EXPECT_EQ(flags[0].at("text"), "97621部队");

    const std::string text = dir / "plain.txt";
    writeAll(text, "参与ＸＷ－７导弹试验。");
    const json plain = json::parse(run({"scan", "--json", text}).out).at("flags");
    ASSERT_EQ(plain.size(), 1u);
    EXPECT_TRUE(plain[0].at("candidate").is_null());
    EXPECT_TRUE(plain[0].at("field").is_null());
    EXPECT_EQ(plain[0].at("start"), 2);
    EXPECT_EQ(plain[0].at("end"), 6);

    const std::string bad = dir / "bad.txt";
    writeAll(bad, std::string("正常\xC3\x28", 8));
    const auto invalid = run({"scan", bad});
    EXPECT_EQ(invalid.exitCode, 2);
    EXPECT_NE(invalid.err.find("第 6 字节"), std::string::npos) << invalid.err;
    EXPECT_NE(invalid.err.find("invalid_utf8"), std::string::npos);
    EXPECT_EQ(run({"scan", dir / "missing.txt"}).exitCode, 2);
    EXPECT_EQ(run({"scan", "--json"}).exitCode, 2);
}

TEST_F(ReviewCommandTest, ALexiconIsUsedButNeverShownOrExported) {
    const std::string lexicon = dir / "lexicon.txt";
    writeAll(lexicon, "# 本单位词表\n焊接工艺数据库\t PROJECT_CODE\n");
    const std::string text = dir / "t.txt";
    writeAll(text, "他牵头建立的焊接工艺数据库覆盖三百余种材料组合。");
    EXPECT_EQ(run({"scan", text}).exitCode, 0);
    EXPECT_EQ(run({"scan", "--lexicon", lexicon, text}).exitCode, 1);

    const std::string broken = dir / "broken.txt";
    writeAll(broken, "玄鸟秘密工程\n玄鸟\tNOT_A_CATEGORY\n");
    const auto refused = run({"scan", "--lexicon", broken, text});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_NE(refused.err.find("第 2 行"), std::string::npos) << refused.err;
    EXPECT_EQ(refused.err.find("玄鸟"), std::string::npos) << "a lexicon word was printed";

    initAndImport();
    ASSERT_EQ(run({"vault", "lexicon", vault, lexicon}).exitCode, 0);
    const json flags = json::parse(run({"scan", "--json", vault}).out).at("flags");
    const bool found = std::any_of(flags.begin(), flags.end(), [](const json& f) {
        return f.at("rule") == "PROJECT_CODE.unit_lexicon";
    });
    EXPECT_TRUE(found);
    // Only inside the encrypted vault: not in the vault's bytes, the audit log or an export.
    EXPECT_EQ(readAll(vault).find("焊接工艺数据库"), std::string::npos);
    const auto audit = run({"vault", "audit", vault});
    EXPECT_EQ(audit.out.find("焊接工艺数据库"), std::string::npos);
    EXPECT_NE(audit.out.find("lexicon.replace"), std::string::npos);
    ASSERT_EQ(run({"vault", "export-json", vault, dir / "out"}).exitCode, 0);
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir / "out")) {
        if (entry.is_regular_file() && entry.path().filename() != "submission.json") {
            EXPECT_EQ(readAll(entry.path()).find("焊接工艺数据库"), std::string::npos);
        }
    }
}

TEST_F(ReviewCommandTest, ReviewFromFlagsToSignOffAndBackToVoid) {
    initAndImport();
    json state = list();
    EXPECT_FALSE(state.at("signed_off"));
    ASSERT_EQ(state.at("flags").size(), 4u) << state.dump(2);
    EXPECT_EQ(run({"review", vault, "list"}).exitCode, 1);
    const auto early = run({"review", vault, "sign-off"});
    EXPECT_EQ(early.exitCode, 1);
    EXPECT_NE(early.err.find("review_open"), std::string::npos);

    const std::string unitFlag = state["flags"][0]["id"];
    const std::string vaultBefore = readAll(vault);
    const auto wrong =
        run({"review", vault, "resolve", unitFlag, "--decision", "redacted", "--note", "改为某部"},
            {{"BAOSONG_REVIEWER_PASSPHRASE", "not the reviewer"}});
    EXPECT_EQ(wrong.exitCode, 3);
    EXPECT_EQ(readAll(vault), vaultBefore) << "a refused decision changed the vault";
    // The vault passphrase does not stand in for the reviewer's.
    EXPECT_EQ(run({"review", vault, "resolve", unitFlag, "--decision", "cleared", "--note", "x"},
                  {{"BAOSONG_REVIEWER_PASSPHRASE", kVaultPassphrase}})
                  .exitCode,
              3);
    EXPECT_EQ(run({"review", vault, "resolve", unitFlag, "--decision", "cleared"}).exitCode, 2);
    EXPECT_EQ(run({"review", vault, "resolve", "0000000000000000", "--decision", "cleared",
                   "--note", "x"})
                  .exitCode,
              2);

    for (const json& flag : state.at("flags")) {
        const std::string category = flag.at("category");
        const std::string decision = category == "TECH_SPEC"      ? "removed"
                                     : category == "GEO_LOCATION" ? "cleared"
                                                                  : "redacted";
        const auto r = run({"review", vault, "resolve", flag.at("id"), "--decision", decision,
                            "--note", "审查意见"});
        EXPECT_EQ(r.exitCode, 0) << flag.dump() << r.err;
    }
    state = list();
    for (const json& flag : state.at("flags")) {
        EXPECT_FALSE(flag.at("decision").is_null()) << flag.dump();
    }
    EXPECT_EQ(state.at("redactions").size(), 3u);
    ASSERT_EQ(run({"vault", "export-json", vault, dir / "out"}).exitCode, 0);
    const json exported = json::parse(readAll(dir.path() / "out" / "submission.json"));
    const std::string deeds = exported["candidates"][0]["deeds"];
    EXPECT_NE(deeds.find("他曾赴某部参与某型导弹试验。"), std::string::npos);
    EXPECT_EQ(deeds.find("射程"), std::string::npos) << "the removed sentence is still there";
    EXPECT_EQ(deeds.find("97621"), std::string::npos);

    EXPECT_EQ(run({"review", vault, "sign-off"}).exitCode, 1) << "photos are not approved yet";
    ASSERT_EQ(run({"review", vault, "approve", "ffffffffffffffff"}).exitCode, 2);
    for (const json& item : state.at("items")) {
        EXPECT_FALSE(item.at("approved"));
        EXPECT_EQ(run({"review", vault, "approve", item.at("id")}).exitCode, 0);
    }
    const auto signedOff = run({"review", vault, "sign-off"});
    ASSERT_EQ(signedOff.exitCode, 0) << signedOff.err;
    EXPECT_NE(signedOff.out.find("data/submission.json"), std::string::npos);
    EXPECT_NE(signedOff.out.find("data/review.json"), std::string::npos);
    EXPECT_TRUE(list().at("signed_off"));
    EXPECT_EQ(run({"review", vault, "list"}).exitCode, 0);

    // Any change to what would leave voids the sign-off, and the log says so.
    ASSERT_EQ(run({"vault", "import", vault, source}).exitCode, 0);
    EXPECT_FALSE(list().at("signed_off"));
    const auto audit = run({"vault", "audit", vault});
    for (const char* action :
         {"review.resolve", "review.approve", "review.sign-off", "review.sign-off-voided"}) {
        EXPECT_NE(audit.out.find(action), std::string::npos) << action;
    }
}

// In Chinese the flags name the candidate and the field as the form does, and decisions in
// one vocabulary; --json keeps the key paths.
TEST_F(ReviewCommandTest, ChineseOutputNamesFieldsAndCandidatesAsTheFormDoes) {
    initAndImport();
    const json doc = json::parse(readAll(source));
    const std::string first = doc["candidates"][0]["name"];
    const std::string second = doc["candidates"][1]["name"];
    const auto scanned = run({"scan", vault});
    EXPECT_EQ(scanned.exitCode, 1);
    for (const std::string& said : {first + " 主要事迹", second + " 感人故事一"}) {
        EXPECT_NE(scanned.out.find(said), std::string::npos) << said << "\n" << scanned.out;
    }
    for (const char* key : {" deeds ", "stories[0]", "候选人第"}) {
        EXPECT_EQ(scanned.out.find(key), std::string::npos) << key << "\n" << scanned.out;
    }
    const json state = list();
    EXPECT_EQ(state["flags"][0]["field"], "deeds") << "--json keeps the key path";
    const std::string id = state["flags"][0]["id"];
    const auto decided =
        run({"review", vault, "resolve", id, "--decision", "redacted", "--note", "改为泛称"});
    EXPECT_NE(decided.out.find("已处理标记 " + id + "：替换"), std::string::npos) << decided.out;
    const auto listed = run({"review", vault, "list"});
    EXPECT_NE(listed.out.find("[已替换] " + id + "  " + first + " 主要事迹"), std::string::npos)
        << listed.out;
    EXPECT_EQ(listed.out.find("[redacted]"), std::string::npos) << listed.out;
}

// A photo reused for a second candidate is one item to review (its content), shown for
// both candidates, in the JSON and in the lines people read.
TEST_F(ReviewCommandTest, APhotoReusedForASecondCandidateIsShownForBoth) {
    json doc = json::parse(readAll(source));
    const std::string shared = doc["candidates"][0]["life_photos"][0];
    doc["candidates"][1]["life_photos"] = json::array({shared});
    writeAll(source, doc.dump());
    initAndImport();
    const json state = list();
    std::size_t rows = 0;
    for (const json& item : state.at("items")) {
        if (item.at("path") == shared) {
            ++rows;
            EXPECT_EQ(item.at("candidates"), json::array({0, 1})) << item.dump();
        }
    }
    EXPECT_EQ(rows, 1u) << "reviewed once, by its content";
    const std::string first = doc["candidates"][0]["name"];
    const std::string second = doc["candidates"][1]["name"];
    const auto listed = run({"review", vault, "list"});
    EXPECT_NE(listed.out.find(shared + "（" + first + "、" + second + "）"), std::string::npos)
        << listed.out;
}

// Several flags or items in one command: the reviewer key is opened once, and the batch is
// decided whole or not at all.
TEST_F(ReviewCommandTest, SeveralFlagsAndItemsAreDecidedInOneCommandAllOrNone) {
    initAndImport();
    const json state = list();
    ASSERT_GE(state.at("flags").size(), 2u);
    ASSERT_GE(state.at("items").size(), 2u);
    std::vector<std::string> flags;
    for (const json& flag : state.at("flags")) {
        flags.push_back(flag.at("id"));
    }
    std::vector<std::string> items;
    for (const json& item : state.at("items")) {
        items.push_back(item.at("id"));
    }
    const std::string before = readAll(vault);
    const auto unknownFlag = run({"review", vault, "resolve", flags[0], "0000000000000000",
                                  "--decision", "cleared", "--note", "x"});
    EXPECT_EQ(unknownFlag.exitCode, 2);
    EXPECT_NE(unknownFlag.err.find("0000000000000000"), std::string::npos) << unknownFlag.err;
    const auto unknownItem = run({"review", vault, "approve", items[0], "ffffffffffffffff"});
    EXPECT_EQ(unknownItem.exitCode, 2);
    EXPECT_EQ(readAll(vault), before) << "a refused batch changed the vault";

    std::vector<std::string> approve = {"review", vault, "approve"};
    approve.insert(approve.end(), items.begin(), items.end());
    const auto approved = run(approve);
    ASSERT_EQ(approved.exitCode, 0) << approved.err;
    for (const std::string& item : items) {
        EXPECT_NE(approved.out.find(item), std::string::npos) << approved.out;
    }
    std::vector<std::string> resolve = {"review", vault, "resolve"};
    resolve.insert(resolve.end(), flags.begin(), flags.end());
    resolve.insert(resolve.end(), {"--decision", "cleared", "--note", "经核对，均为公开内容"});
    const auto resolved = run(resolve);
    ASSERT_EQ(resolved.exitCode, 0) << resolved.err;
    const json after = list();
    for (const json& flag : after.at("flags")) {
        EXPECT_FALSE(flag.at("decision").is_null()) << flag.dump();
    }
    for (const json& item : after.at("items")) {
        EXPECT_TRUE(item.at("approved")) << item.dump();
    }
    EXPECT_EQ(run({"review", vault, "sign-off"}).exitCode, 0);
}

// Following the scanner's own advice (改为“某项目”) on a code name matched short of the
// word after it reads once: "参与某项目研制", never "某项目项目".
TEST_F(ReviewCommandTest, TheScannersAdviceReadsOnceInTheText) {
    json doc = json::parse(readAll(source));
    doc["candidates"][0]["deeds"] = "他参与代号“天穹”项目研制，攻克关键技术。";
    doc["candidates"][1]["stories"] = json::array();
    writeAll(source, doc.dump());
    initAndImport();
    const json state = list();
    std::string id;
    for (const json& flag : state.at("flags")) {
        if (flag.at("text") == "代号“天穹”") {
            id = flag.at("id");
        }
    }
    ASSERT_FALSE(id.empty()) << state.dump(2);
    const auto r =
        run({"review", vault, "resolve", id, "--decision", "redacted", "--note", "改为泛称"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    ASSERT_EQ(run({"vault", "export-json", vault, dir / "out"}).exitCode, 0);
    const json exported = json::parse(readAll(dir.path() / "out" / "submission.json"));
    EXPECT_EQ(exported["candidates"][0]["deeds"], "他参与某项目研制，攻克关键技术。");
}

TEST_F(ReviewCommandTest, ImportStripsAPhotosGpsAndReviewListShowsIt) {
    const json doc = json::parse(readAll(source));
    const std::string photo = doc["candidates"][0]["photo"];
    const std::string photoPath = dir.path() / "in" / photo;
    const auto made = idPhoto(3);
    const std::vector<unsigned char> clean(made.begin(), made.end());
    const auto dirty = withMetadata(clean);
    writeAll(photoPath, std::string(dirty.begin(), dirty.end()));
    initAndImport();

    const json items = list().at("items");
    const auto item = std::find_if(items.begin(), items.end(),
                                   [&](const json& i) { return i.at("path") == photo; });
    ASSERT_NE(item, items.end());
    const json removed = item->at("metadata_removed");
    EXPECT_TRUE(removed.at("gps"));
    EXPECT_EQ(removed.at("camera"), "TestCam");
    EXPECT_NE(run({"review", vault, "list"}).out.find("GPS"), std::string::npos);
    ASSERT_EQ(run({"vault", "export-json", vault, dir / "out"}).exitCode, 0);
    const std::string exported = readAll(dir.path() / "out" / photo);
    EXPECT_EQ(exported, std::string(clean.begin(), clean.end()));
}

}  // namespace
}  // namespace baosong::test
