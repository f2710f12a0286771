// `baosong check` as spec/cli.md and policy.md define it: exit 0/1/2 and the JSON shape.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

#include "core/submission_import.h"
#include "support/cli_runner.h"
#include "support/jpeg_maker.h"
#include "support/malformed_corpus.h"
#include "support/process.h"
#include "support/temp_dir.h"
#include "support/vault_fixture.h"

namespace baosong::test {
namespace {

using nlohmann::json;

class CheckCommand : public ::testing::Test {
  protected:
    void SetUp() override {
        std::filesystem::create_directories(dir.path() / "in");
        source = writeExampleSubmission(dir / "in");
        // Real JPEGs where the example names photos: a blue ID photo, ≥ 2 MB life photos.
        const auto doc = json::parse(readFile(source));
        std::uint32_t seed = 1;
        for (const auto& c : doc["candidates"]) {
            const auto id = idPhoto(seed++);
            writeFile(dir / ("in/" + c["photo"].get<std::string>()),
                      std::string(id.begin(), id.end()));
            for (const auto& life : c["life_photos"]) {
                const auto bytes = lifePhoto(seed++, 2'200'000);
                writeFile(dir / ("in/" + life.get<std::string>()),
                          std::string(bytes.begin(), bytes.end()));
            }
        }
    }
    ProcessResult check(std::vector<std::string> args) {
        args.insert(args.begin(), "check");
        return runCli(std::move(args));
    }
    std::string variant(const std::function<void(json&)>& edit) {
        json doc = json::parse(readFile(source));
        edit(doc);
        const std::string path = dir / "in/variant.json";
        writeFile(path, doc.dump());
        return path;
    }
    TempDir dir;
    std::string source;
};

TEST_F(CheckCommand, CleanExampleIsExit0) {
    const auto r = check({"--json", source});
    EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
    const auto doc = json::parse(r.out);
    EXPECT_EQ(doc["ok"], true);
    EXPECT_EQ(doc["rules"], "nmg-zuimei-2023");
    EXPECT_TRUE(doc["findings"].empty()) << doc["findings"].dump(2);
    const auto human = check({source});
    EXPECT_NE(human.out.find("未发现问题"), std::string::npos);
}

TEST_F(CheckCommand, FindingsAreExit1WithTheSpecsShape) {
    const auto r = check({"--json", variant([](json& d) {
                              d["candidates"][1]["birth"] = "1960-05";
                              d["candidates"][0]["title"] = "副高";
                              d["candidates"][0]["deeds"] = "很短";
                          })});
    EXPECT_EQ(r.exitCode, 1) << r.err;
    const auto doc = json::parse(r.out);
    EXPECT_EQ(doc["ok"], false);
    std::map<std::string, json> byCode;
    for (const auto& f : doc["findings"]) {
        byCode[f["code"]] = f;
        for (const char* key : {"code", "severity", "candidate", "field", "message"}) {
            EXPECT_TRUE(f.contains(key)) << key;
        }
    }
    ASSERT_TRUE(byCode.contains("YOUTH_MISSING"));
    EXPECT_TRUE(byCode["YOUTH_MISSING"]["candidate"].is_null());
    ASSERT_TRUE(byCode.contains("TITLE_NOT_SPECIFIC"));
    EXPECT_EQ(byCode["TITLE_NOT_SPECIFIC"]["candidate"], 0);
    EXPECT_EQ(byCode["TITLE_NOT_SPECIFIC"]["field"], "title");
    EXPECT_EQ(byCode["TITLE_NOT_SPECIFIC"]["severity"], "error");
    EXPECT_EQ(byCode["DEEDS_LENGTH"]["severity"], "warning");

    const auto human = check({dir / "in/variant.json"});
    EXPECT_EQ(human.exitCode, 1);
    EXPECT_NE(human.out.find("报送整体"), std::string::npos);
    // Each candidate's findings under the candidate's name (第 N 名 only beside it).
    const std::string name = json::parse(readFile(source))["candidates"][0]["name"];
    EXPECT_NE(human.out.find("\n" + name + "（第 1 名）：\n"), std::string::npos) << human.out;
    EXPECT_NE(human.out.find("[TITLE_NOT_SPECIFIC]"), std::string::npos);
}

TEST_F(CheckCommand, PhotosAreJudgedByTheirBytes) {
    // A PNG signature under a .jpg name.
    writeFile(dir / "in/photos/张卫东2.jpg",
              std::string("\x89PNG\r\n\x1a\n", 8) + std::string(3000000, 'x'));
    const auto r = check({"--json", source});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.out.find("PHOTO_FORMAT"), std::string::npos) << r.out;
}

// A life photo over 2 MB only with its metadata: the bundle carries it without, so `check`
// finds it too small on the JSON file as on the vault (it used to pass the file and fail
// once imported), and says the metadata went and a larger original is needed.
TEST_F(CheckCommand, PhotoSizeIsCountedAsTheBundleCarriesIt) {
    std::uint32_t noise = 77;
    const auto picture = makeJpeg(900, 675, [&](int, int) -> Rgb {
        noise = noise * 1664525u + 1013904223u;
        return {static_cast<unsigned char>(noise >> 24), static_cast<unsigned char>(noise >> 16),
                static_cast<unsigned char>(noise >> 8)};
    });
    ASSERT_LT(picture.size(), 2'097'152u);
    std::vector<unsigned char> given = {0xFF, 0xD8};
    while (given.size() + picture.size() < 2'100'000) {
        appendJpegSegment(given, 0xED, std::vector<unsigned char>(60'000, 'm'));  // APP13
    }
    given.insert(given.end(), picture.begin() + 2, picture.end());
    ASSERT_GE(given.size(), 2'097'152u);
    const std::string path = json::parse(readFile(source))["candidates"][0]["life_photos"][0];
    writeFile(dir / ("in/" + path), std::string(given.begin(), given.end()));

    const std::string size = std::to_string(picture.size());
    const auto onFile = check({"--json", source});
    EXPECT_EQ(onFile.exitCode, 1) << onFile.out << onFile.err;
    EXPECT_NE(onFile.out.find("PHOTO_TOO_SMALL"), std::string::npos) << onFile.out;
    EXPECT_NE(onFile.out.find("去除元数据"), std::string::npos) << onFile.out;
    EXPECT_NE(onFile.out.find(size + " 字节"), std::string::npos) << onFile.out;
    {
        app::Vault vault = makeVault(dir / "v.bsv");
        app::importSubmission(vault, source, "officer:test");
    }
    const auto onVault = check({"--json", dir / "v.bsv"});
    EXPECT_EQ(onVault.exitCode, 1) << onVault.out << onVault.err;
    EXPECT_NE(onVault.out.find("去除元数据"), std::string::npos) << onVault.out;
    EXPECT_NE(onVault.out.find(size + " 字节"), std::string::npos) << onVault.out;
}

// Every malformed submission of the corpus: exit 2, the key path named.
TEST_F(CheckCommand, MalformedCorpusIsExit2WithTheKeyPath) {
    const auto corpus = malformedCorpus();
    for (const auto& c : corpus) {
        const auto r = check({c.file});
        EXPECT_EQ(r.exitCode, 2) << c.file << ": " << r.err;
        EXPECT_NE(r.err.find("[" + c.code + "]"), std::string::npos) << c.file << ": " << r.err;
        EXPECT_NE(r.err.find(c.keyPath), std::string::npos) << c.file << ": " << r.err;
    }
    EXPECT_GE(corpus.size(), 25u);
}

TEST_F(CheckCommand, VaultIsCheckedLikeItsJson) {
    {
        app::Vault vault = makeVault(dir / "v.bsv");
        app::importSubmission(vault, source, "officer:test");
    }
    const auto r = check({"--json", dir / "v.bsv"});
    EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
    ProcessOptions wrong;
    wrong.env = {{"BAOSONG_PASSPHRASE", "not the passphrase"}};
    EXPECT_EQ(runProcess({BAOSONG_CLI, "check", dir / "v.bsv"}, wrong).exitCode, 3);
}

TEST_F(CheckCommand, RulesFileIsStrictAndMustMatchTheCampaign) {
    json rules = json::parse(
        readFile(std::string(BAOSONG_SOURCE_DIR) + "/policy/rules/nmg-zuimei-2023.json"));
    rules["channels"]["defense_unit"]["max"] = 1;  // the office tightened the quota
    writeFile(dir / "rules.json", rules.dump());
    // A JSON file has no office key to verify a signature with: for testing only.
    const auto refused = check({"--json", "--rules", dir / "rules.json", source});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_NE(refused.err.find("[rules_unsigned]"), std::string::npos) << refused.err;
    const auto tightened =
        check({"--json", "--rules", dir / "rules.json", "--allow-unsigned-rules", source});
    EXPECT_EQ(tightened.exitCode, 1);
    EXPECT_NE(tightened.out.find("QUOTA_EXCEEDED"), std::string::npos);

    rules["channels"]["defense_unit"]["quota"] = 1;
    writeFile(dir / "rules.json", rules.dump());
    const auto malformed = check({"--rules", dir / "rules.json", "--allow-unsigned-rules", source});
    EXPECT_EQ(malformed.exitCode, 2);
    EXPECT_NE(malformed.err.find("channels.defense_unit.quota"), std::string::npos)
        << malformed.err;

    rules["channels"]["defense_unit"].erase("quota");
    rules["campaign"] = "nmg-zuimei-2024";
    writeFile(dir / "rules.json", rules.dump());
    const auto other = check({"--rules", dir / "rules.json", "--allow-unsigned-rules", source});
    EXPECT_EQ(other.exitCode, 2);
    EXPECT_NE(other.err.find("[rules_other_campaign]"), std::string::npos) << other.err;
    const auto unknown = check({variant([](json& d) { d["campaign"] = "nmg-zuimei-2031"; })});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_NE(unknown.err.find("--rules"), std::string::npos);
}

TEST_F(CheckCommand, GrantsAreNotTrustedUntilVerified) {
    writeFile(dir / "in/grants/g.json", "{}");
    const auto r = check({"--json", variant([](json& d) { d["grants"] = {"grants/g.json"}; })});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.out.find("GRANT_INVALID"), std::string::npos);
}

}  // namespace
}  // namespace baosong::test
