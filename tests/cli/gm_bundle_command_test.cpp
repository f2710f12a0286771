// Profile "gm" through the command line (bundle-gm.md), as people run it: `office init
// --profile gm`, the key exchange, the review's sign-off, `seal`, the README's openssl
// commands, `office verify` and `office open`; and the refusals a clerk meets: an unknown
// profile word and a bundle of the other profile.

#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "support/bundle_flow.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace baosong::test {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr const char* kUnitA = "91150200MA0N8XQ313";
const std::string kStem = std::string(kUnitA) + "-nmg-zuimei-2023-r1";

class GmBundleCommandTest : public ::testing::Test {
  protected:
    // One gm office and a unit sealed to it, once for the suite (PreparedUnit).
    static void SetUpTestSuite() {
        shared = new PreparedUnit;
        ready = shared->make(true, "gm");
    }
    static void TearDownTestSuite() {
        delete shared;
        shared = nullptr;
    }
    void SetUp() override {
        ASSERT_TRUE(ready) << "the unit could not be set up";
        shared->copyInto(dir, unit, source);
    }
    ProcessResult run(std::vector<std::string> args) { return BundleFlow::run(std::move(args)); }
    std::string bundle() const { return dir / ("out/" + kStem + ".bsx"); }

    static inline PreparedUnit* shared = nullptr;
    static inline bool ready = false;
    TempDir dir;
    std::string source;
    std::string office = dir / "office.bsv";
    BundleFlow unit{dir, kUnitA, "unitA"};
};

TEST_F(GmBundleCommandTest, TheSealWroteTheGmFilesAndTheKeysAreSm2) {
    for (const std::string suffix : {".bsx", ".bsx.statement", ".bsx.sig", ".README.txt"}) {
        EXPECT_TRUE(fs::is_regular_file(dir / ("out/" + kStem + suffix))) << suffix;
    }
    EXPECT_FALSE(fs::exists(dir / ("out/" + kStem + ".bsx.minisig")));
    EXPECT_TRUE(fs::exists(unit.outKeys + "/office.pub.pem"));
    EXPECT_TRUE(fs::exists(unit.outKeys + "/office.pem"));
    const auto show = run({"keys", unit.vault, "show", "--json"});
    ASSERT_EQ(show.exitCode, 0) << show.err;
    const json keys = json::parse(show.out);
    EXPECT_EQ(keys.at("profile"), "gm");
    EXPECT_EQ(keys.at("unit_key").at("fingerprint").get<std::string>().size(), 64u);
    EXPECT_EQ(keys.at("office").at("recipient").get<std::string>().size(), 64u);
    const auto text = run({"keys", unit.vault, "show"});
    EXPECT_NE(text.out.find("SM3"), std::string::npos) << text.out;
}

TEST_F(GmBundleCommandTest, TheReadmesCommandsCheckItWithOpensslAlone) {
    BAOSONG_REQUIRE_PROGRAM("openssl");
    const std::string readme = readFile(dir / ("out/" + kStem + ".README.txt"));
    const std::size_t begin = readme.find("-----\n");
    const std::size_t end = readme.rfind("-----\n");
    ASSERT_NE(begin, end) << readme;
    fs::copy_file(unit.outKeys + "/office.pem", dir / "out/office.pem");
    ProcessOptions options;
    options.workingDirectory = dir / "out";
    const auto check =
        runProcess({"bash", "-c", readme.substr(begin + 6, end - begin - 6)}, options);
    ASSERT_EQ(check.exitCode, 0) << check.out << check.err;
    EXPECT_EQ(check.out.substr(check.out.size() - 3), "OK\n");
}

TEST_F(GmBundleCommandTest, TheOfficeVerifiesAndOpensIt) {
    const auto verify = run({"office", "verify", office, bundle(), "--json"});
    ASSERT_EQ(verify.exitCode, 0) << verify.out << verify.err;
    EXPECT_EQ(json::parse(verify.out).at("profile"), "gm");
    fs::create_directories(dir.path() / "received");
    const auto open = run({"office", "open", office, bundle(), "--out", dir / "received"});
    ASSERT_EQ(open.exitCode, 0) << open.out << open.err;
    EXPECT_TRUE(fs::exists(dir / ("received/" + kStem + "/data/submission.json")));
    EXPECT_TRUE(fs::exists(dir / ("received/" + kStem + "/manifest-sm3.txt")));
}

TEST_F(GmBundleCommandTest, AChangedStatementOrBundleIsRefused) {
    const std::string statement = readFile(bundle() + ".statement");
    std::string changed = statement;
    changed[changed.find("sealed=") + 8] ^= 0x01;
    writeFile(bundle() + ".statement", changed);
    const auto altered = run({"office", "verify", office, bundle(), "--json"});
    EXPECT_EQ(altered.exitCode, 1);
    EXPECT_NE(altered.err.find("statement_altered"), std::string::npos) << altered.err;
    writeFile(bundle() + ".statement", statement);
    std::string bytes = readFile(bundle());
    bytes[bytes.size() / 3] ^= 0x01;
    writeFile(bundle(), bytes);
    const auto flipped = run({"office", "verify", office, bundle(), "--json"});
    EXPECT_EQ(flipped.exitCode, 1);
    EXPECT_NE(flipped.err.find("bundle_altered"), std::string::npos) << flipped.err;
}

TEST_F(GmBundleCommandTest, AnIntlOfficeRefusesItAndAnUnknownProfileIsAUsageError) {
    const std::string intl = dir / "intl.bsv";
    const auto init = run({"office", "init", intl, "--profile", "intl", "--kdf-memory-mib", "64",
                           "--kdf-passes", "1", "--json"});
    ASSERT_EQ(init.exitCode, 0) << init.err;
    EXPECT_EQ(json::parse(init.out).at("profile"), "intl");
    const auto refused = run({"office", "verify", intl, bundle()});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_NE(refused.err.find("profile_mismatch"), std::string::npos) << refused.err;
    const auto usage = run({"office", "init", dir / "x.bsv", "--profile", "sm9"});
    EXPECT_EQ(usage.exitCode, 2);
    EXPECT_FALSE(fs::exists(dir / "x.bsv"));
}

}  // namespace
}  // namespace baosong::test
