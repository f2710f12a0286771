// The `baosong` binary as a user or a script meets it: exit codes of spec/cli.md, Chinese
// messages that name what is wrong, and nothing changed on disk by a bad input.

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <tuple>

#include "support/cli_runner.h"
#include "support/pdf_maker.h"
#include "support/process.h"
#include "support/temp_dir.h"
#include "support/vault_fixture.h"

namespace baosong::test {
namespace {

using nlohmann::json;

class CliTest : public ::testing::Test {
  protected:
    void SetUp() override {
        std::filesystem::create_directories(dir.path() / "in");
        source = writeExampleSubmission(dir / "in", 3000);
    }

    ProcessResult run(std::vector<std::string> args, std::map<std::string, std::string> env = {}) {
        return runCli(std::move(args), env);
    }

    ProcessResult init() {
        return run({"vault", "init", vault, "--campaign", "nmg-zuimei-2023", "--channel",
                    "defense_unit", "--unit-name", "内蒙古北方特种装备研究所", "--unit-id",
                    "91150200MA0N8XQ313", "--kdf-memory-mib", "64", "--kdf-passes", "1"});
    }

    TempDir dir;
    std::string vault = dir / "unit.bsv";
    std::string source;
};

TEST_F(CliTest, HelpAndUsage) {
    EXPECT_EQ(run({"--help"}).exitCode, 0);
    const auto none = run({});
    EXPECT_EQ(none.exitCode, 2);
    EXPECT_NE(none.out.find("vault init"), std::string::npos);
    const auto initHelp = run({"vault", "init", "--help"});
    EXPECT_EQ(initHelp.exitCode, 0);
    EXPECT_NE(initHelp.out.find("用法"), std::string::npos);
    const auto english = run({"keys", "--help"}, {{"LANG", "en_US.UTF-8"}});
    EXPECT_NE(english.out.find("usage"), std::string::npos);
    // A page is found by its verb; every verb's page ends with where passphrases come from.
    const auto exportHelp = run({"vault", "export-json", "--help"});
    EXPECT_EQ(exportHelp.exitCode, 0);
    EXPECT_NE(exportHelp.out.find("BAOSONG_PASSPHRASE"), std::string::npos) << exportHelp.out;
    for (const char* wrong : {"export_json", "passphrase_note", "nope"}) {
        const auto r = run({"vault", wrong, "--help"});
        EXPECT_EQ(r.exitCode, 2) << wrong;
        EXPECT_NE(r.err.find("未知的 vault 子命令"), std::string::npos) << wrong << r.err;
    }
    const auto unknown = run({"frobnicate"});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_NE(unknown.err.find("未知命令"), std::string::npos);
    EXPECT_EQ(run({"vault", "init", vault, "--passphrase", "x"}).exitCode, 2);  // no such option
    EXPECT_FALSE(std::filesystem::exists(vault));
    const auto version = run({"--version"});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_NE(version.out.find("SQLCipher 4."), std::string::npos);
}

// `vault --help` and `office --help` print their group's own page (they used to print the
// overview), listing each subcommand, and every subcommand listed has its own page.
TEST_F(CliTest, EachVerbGroupHasItsOwnHelp) {
    for (const std::string group : {"vault", "office"}) {
        const auto page = run({group, "--help"});
        EXPECT_EQ(page.exitCode, 0) << group;
        EXPECT_NE(page.out.find("baosong " + group + " <子命令>"), std::string::npos) << page.out;
        EXPECT_EQ(page.out.find("seal VAULT"), std::string::npos) << "the overview, not the group";
        std::istringstream lines(page.out);
        std::set<std::string> listed;
        for (std::string line; std::getline(lines, line);) {
            if (line.size() > 2 && line.starts_with("  ") && std::islower(line[2])) {
                listed.insert(line.substr(2, line.find(' ', 2) - 2));
            }
        }
        EXPECT_GE(listed.size(), group == "vault" ? 7u : 13u) << page.out;
        for (const std::string& subverb : listed) {
            const auto own = run({group, subverb, "--help"});
            EXPECT_EQ(own.exitCode, 0) << group << " " << subverb << own.err;
            EXPECT_NE(own.out.find("baosong " + group + " " + subverb), std::string::npos)
                << group << " " << subverb;
        }
    }
    EXPECT_EQ(run({"office"}).exitCode, 2);
    EXPECT_NE(run({"office"}).out.find("set-check"), std::string::npos);
}

TEST_F(CliTest, InitImportExportRoundTrip) {
    const auto created = init();
    ASSERT_EQ(created.exitCode, 0) << created.err;
    EXPECT_NE(created.out.find("已创建保险库"), std::string::npos);

    const auto imported = run({"vault", "import", vault, source, "--json"});
    ASSERT_EQ(imported.exitCode, 0) << imported.err;
    EXPECT_EQ(json::parse(imported.out)["candidates"], 2);
    EXPECT_EQ(json::parse(imported.out)["files"], 9);  // five photos, four stamped scans

    const auto exported = run({"vault", "export-json", vault, dir / "out"});
    ASSERT_EQ(exported.exitCode, 0) << exported.err;
    EXPECT_EQ(json::parse(readFile(dir / "out/submission.json")), json::parse(readFile(source)));
    EXPECT_EQ(readFile(dir / "out/photos/张卫东1.jpg"), readFile(dir / "in/photos/张卫东1.jpg"));

    const auto keys = run({"keys", vault, "show", "--json"});
    ASSERT_EQ(keys.exitCode, 0) << keys.err;
    const auto doc = json::parse(keys.out);
    EXPECT_EQ(doc["unit"]["id"], "91150200MA0N8XQ313");
    EXPECT_EQ(doc["unit_key"]["public_key"].get<std::string>().substr(0, 2), "RW");
    EXPECT_TRUE(doc["office"].is_null());

    ASSERT_EQ(run({"keys", vault, "enrolment", dir / "enrol"}).exitCode, 0);
    EXPECT_EQ(json::parse(readFile(dir / "enrol.json"))["signing_key"],
              doc["unit_key"]["public_key"]);
    // The page to stamp, one A4 page with its fonts embedded, from whose text the clerk can
    // copy the fingerprints `keys show` gives.
    EXPECT_EQ(readFile(dir / "enrol.pdf").substr(0, 5), "%PDF-");
    // poppler-utils is a test dependency (deploy/install-deps): missing, this fails.
    EXPECT_TRUE(programAvailable("pdfinfo")) << "pdfinfo (poppler-utils) is not installed";
    if (programAvailable("pdfinfo")) {
        const auto info = runProcess({"pdfinfo", dir / "enrol.pdf"});
        std::istringstream lines(info.out);
        std::string key;
        std::string pages;
        while (lines >> key && key != "Pages:") {
        }
        lines >> pages;
        EXPECT_EQ(pages, "1") << info.out;
        EXPECT_NE(info.out.find("(A4)"), std::string::npos) << info.out;
        const auto fonts = runProcess({"pdffonts", dir / "enrol.pdf"});
        EXPECT_NE(fonts.out.find("NotoSerifCJK"), std::string::npos) << fonts.out;
        EXPECT_EQ(fonts.out.find(" no  no "), std::string::npos) << fonts.out;
        auto text = runProcess({"pdftotext", "-enc", "UTF-8", dir / "enrol.pdf", "-"});
        std::erase_if(text.out, [](char c) { return c == ' ' || c == '\n'; });
        for (const char* role : {"unit_key", "reviewer_key"}) {
            const std::string fingerprint = doc[role]["fingerprint"];
            EXPECT_EQ(fingerprint.size(), 64u);
            EXPECT_NE(text.out.find(fingerprint), std::string::npos) << fingerprint << text.out;
        }
        EXPECT_NE(text.out.find("91150200MA0N8XQ313"), std::string::npos) << text.out;
    }
    // Never over an existing request or page; a page in the way stops the request too.
    writeFile(dir / "enrol3.pdf", "someone else's");
    EXPECT_EQ(run({"keys", vault, "enrolment", dir / "enrol"}).exitCode, 2);
    EXPECT_EQ(run({"keys", vault, "enrolment", dir / "enrol3"}).exitCode, 2);
    EXPECT_FALSE(std::filesystem::exists(dir / "enrol3.json"));
    EXPECT_EQ(readFile(dir / "enrol3.pdf"), "someone else's");

    const auto audit = run({"vault", "audit", vault, "--json"});
    EXPECT_EQ(audit.exitCode, 0);
    EXPECT_EQ(json::parse(audit.out)["entries"].size(), 4u);
    // --json keeps UTC; a person reads the machine's own zone with its offset.
    const std::string at = json::parse(audit.out)["entries"][0]["at"];
    EXPECT_TRUE(at.ends_with("Z")) << at;
    const auto shown = run({"vault", "audit", vault}, {{"TZ", "CST-8"}});
    EXPECT_NE(shown.out.find(" +08:00  "), std::string::npos) << shown.out;
    EXPECT_EQ(shown.out.find(at), std::string::npos) << "raw UTC shown: " << shown.out;
}

// Without Noto Serif CJK SC, fontconfig offers another family in its place: the page is
// refused rather than printed in a font whose glyphs nobody checked, and nothing is written.
TEST_F(CliTest, EnrolmentPageIsRefusedWithoutTheCjkFont) {
    ASSERT_EQ(init().exitCode, 0);
    std::filesystem::create_directories(dir.path() / "fc-cache");
    writeFile(dir / "fonts.conf",
              "<?xml version=\"1.0\"?>\n<fontconfig>\n"
              "<dir>/usr/share/fonts/truetype/dejavu</dir>\n<cachedir>" +
                  (dir / "fc-cache") + "</cachedir>\n</fontconfig>\n");
    const auto refused =
        run({"keys", vault, "enrolment", dir / "enrol"}, {{"FONTCONFIG_FILE", dir / "fonts.conf"}});
    EXPECT_EQ(refused.exitCode, 1) << refused.err;
    EXPECT_NE(refused.err.find("[font_missing]"), std::string::npos) << refused.err;
    EXPECT_NE(refused.err.find("fonts-noto-cjk"), std::string::npos) << refused.err;
    EXPECT_FALSE(std::filesystem::exists(dir / "enrol.json"));
    EXPECT_FALSE(std::filesystem::exists(dir / "enrol.pdf"));
}
TEST_F(CliTest, WrongPassphraseIsExit3AndChangesNothing) {
    ASSERT_EQ(init().exitCode, 0);
    ASSERT_EQ(run({"vault", "import", vault, source}).exitCode, 0);
    const std::string before = snapshot(dir.path());
    for (const auto& args :
         std::vector<std::vector<std::string>>{{"vault", "import", vault, source},
                                               {"vault", "export-json", vault, dir / "out"},
                                               {"keys", vault, "show"},
                                               {"vault", "passwd", vault}}) {
        const auto r = run(args, {{"BAOSONG_PASSPHRASE", "not the passphrase"},
                                  {"BAOSONG_NEW_PASSPHRASE", "another passphrase"}});
        EXPECT_EQ(r.exitCode, 3) << args[1] << ": " << r.err;
        EXPECT_NE(r.err.find("口令不正确"), std::string::npos) << r.err;
        EXPECT_EQ(r.err.find("ERROR CORE"), std::string::npos) << "SQLCipher noise: " << r.err;
    }
    EXPECT_EQ(snapshot(dir.path()), before);
}

TEST_F(CliTest, ErrorsInEnglishForEnglishReaders) {
    ASSERT_EQ(init().exitCode, 0);
    const auto wrong = run({"keys", vault, "show"},
                           {{"BAOSONG_PASSPHRASE", "not the passphrase"}, {"LANG", "en_GB.UTF-8"}});
    EXPECT_EQ(wrong.exitCode, 3);
    EXPECT_NE(wrong.err.find("error: wrong passphrase"), std::string::npos) << wrong.err;
    writeFile(dir / "notes.txt", "text");
    const auto foreign = run({"keys", dir / "notes.txt", "show"}, {{"LC_ALL", "en_US.UTF-8"}});
    EXPECT_NE(foreign.err.find("is not a baosong vault file (its header differs) [not_a_vault]"),
              std::string::npos)
        << foreign.err;
    // The whole sentence comes from the catalogue in English, path filled in: no Chinese
    // left over (U+4E00… are 0xE4–0xE9 lead bytes in UTF-8).
    for (const std::string* err : {&wrong.err, &foreign.err}) {
        EXPECT_EQ(err->find_first_of("\xe4\xe5\xe6\xe7\xe8\xe9"), std::string::npos) << *err;
    }
}

TEST_F(CliTest, DamagedOrForeignFilesAreExit2) {
    writeFile(dir / "notes.txt", "这不是保险库");
    auto r = run({"keys", dir / "notes.txt", "show"}, {{"BAOSONG_PASSPHRASE", ""}});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("不是 baosong 保险库文件"), std::string::npos) << r.err;

    ASSERT_EQ(init().exitCode, 0);
    std::filesystem::resize_file(vault, std::filesystem::file_size(vault) - 1);
    const std::string before = snapshot(dir.path());
    r = run({"vault", "import", vault, source});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("vault_corrupt"), std::string::npos) << r.err;
    EXPECT_EQ(snapshot(dir.path()), before);
    EXPECT_EQ(run({"keys", dir / "missing.bsv", "show"}).exitCode, 2);
}

TEST_F(CliTest, BadSubmissionIsExit2NamingTheKeyPathAndImportsNothing) {
    ASSERT_EQ(init().exitCode, 0);
    json doc = json::parse(readFile(source));
    doc["candidates"][1]["political_party"] = "中共党员";
    writeFile(dir / "in/typo.json", doc.dump());
    const std::string before = snapshot(dir.path());
    const auto r = run({"vault", "import", vault, dir / "in/typo.json"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("candidates[1].political_party"), std::string::npos) << r.err;
    EXPECT_EQ(snapshot(dir.path()), before);
}

TEST_F(CliTest, MissingPhotoIsExit2NamingIt) {
    ASSERT_EQ(init().exitCode, 0);
    std::filesystem::remove(dir / "in/photos/张卫东3.jpg");
    const std::string before = snapshot(dir.path());
    const auto r = run({"vault", "import", vault, source});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("photos/张卫东3.jpg"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("candidates[0].life_photos[2]"), std::string::npos) << r.err;
    EXPECT_EQ(snapshot(dir.path()), before);
}

TEST_F(CliTest, StampedScansComeInByWhatTheyAreACopyOf) {
    ASSERT_EQ(init().exitCode, 0);
    json doc = json::parse(readFile(source));
    doc["stamped"]["report"] = "";  // not scanned yet
    writeFile(dir / "in/unstamped.json", doc.dump());
    ASSERT_EQ(run({"vault", "import", vault, dir / "in/unstamped.json"}).exitCode, 0);
    const auto unstamped = run({"check", "--json", vault});
    EXPECT_EQ(unstamped.exitCode, 1);
    EXPECT_NE(unstamped.out.find("\"STAMPED_MISSING\""), std::string::npos) << unstamped.out;

    writeFile(dir / "photo-of-page.jpg", "\xFF\xD8\xFF\xE0 not a scan");
    writeFile(dir / "报告.pdf", makePdfShowing("stamped report"));
    const std::string before = snapshot(dir.path());
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"vault", "stamped", vault, dir / "报告.pdf"},  // which document?
             {"vault", "stamped", vault, dir / "报告.pdf", "--report", "--summary"},
             {"vault", "stamped", vault, dir / "报告.pdf", "--form", "0"},
             {"vault", "stamped", vault, dir / "报告.pdf", "--form", "1x"},
             {"vault", "stamped", vault, "--report"}}) {
        const auto r = run(args);
        EXPECT_EQ(r.exitCode, 2) << args.size() << ": " << r.err;
        EXPECT_NE(r.err.find("[usage]"), std::string::npos) << r.err;
    }
    auto r = run({"vault", "stamped", vault, dir / "photo-of-page.jpg", "--report"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("不是 PDF 文件"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("[stamped_not_pdf]"), std::string::npos) << r.err;
    r = run({"vault", "stamped", vault, dir / "报告.pdf", "--form", "3"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("没有第 3 名候选人（共 2 名）"), std::string::npos) << r.err;
    EXPECT_EQ(snapshot(dir.path()), before);

    r = run({"vault", "stamped", vault, dir / "报告.pdf", "--report", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(json::parse(r.out)["path"], "盖章版/推荐工作情况报告.pdf");
    const auto stamped = run({"check", "--json", vault});
    EXPECT_EQ(stamped.out.find("STAMPED_"), std::string::npos) << stamped.out;
    const auto review = run({"review", vault, "list", "--json"});
    bool listed = false;
    const json reviewed = json::parse(review.out);
    for (const auto& item : reviewed["items"]) {
        listed |= item["kind"] == "stamped" && item["path"] == "盖章版/推荐工作情况报告.pdf" &&
                  item["approved"] == false;
    }
    EXPECT_TRUE(listed) << review.out;
    const auto english = run({"vault", "stamped", vault, dir / "报告.pdf", "--form", "2"},
                             {{"LANG", "en_US.UTF-8"}});
    ASSERT_EQ(english.exitCode, 0) << english.err;
    EXPECT_NE(english.out.find("the reviewer must look at it"), std::string::npos) << english.out;
}

TEST_F(CliTest, PassphraseSources) {
    // No file, no environment, no terminal: a clear exit 2, no vault.
    ProcessOptions bare;
    bare.unset = {"BAOSONG_PASSPHRASE", "BAOSONG_REVIEWER_PASSPHRASE"};
    const auto none =
        runProcess({BAOSONG_CLI, "vault", "init", vault, "--campaign", "c", "--channel",
                    "defense_unit", "--unit-name", "n", "--unit-id", "91150200MA0N8XQ313"},
                   bare);
    EXPECT_EQ(none.exitCode, 2);
    EXPECT_NE(none.err.find("BAOSONG_PASSPHRASE"), std::string::npos) << none.err;
    EXPECT_FALSE(std::filesystem::exists(vault));

    // A passphrase file's first line is the passphrase.
    ASSERT_EQ(init().exitCode, 0);
    writeFile(dir / "pass.txt", std::string(kVaultPassphrase) + "\n");
    const auto viaFile = run({"keys", vault, "show", "--passphrase-file", dir / "pass.txt"},
                             {{"BAOSONG_PASSPHRASE", "wrong"}});
    EXPECT_EQ(viaFile.exitCode, 0) << viaFile.err;
    EXPECT_EQ(run({"keys", vault, "show", "--passphrase-file", dir / "nope.txt"}).exitCode, 2);
}

TEST_F(CliTest, InitRefusesReusedPassphraseAndExistingFile) {
    auto r = run({"vault", "init", vault, "--campaign", "c", "--channel", "defense_unit",
                  "--unit-name", "n", "--unit-id", "91150200MA0N8XQ313", "--kdf-memory-mib", "64"},
                 {{"BAOSONG_REVIEWER_PASSPHRASE", kVaultPassphrase}});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("passphrases_equal"), std::string::npos);
    EXPECT_FALSE(std::filesystem::exists(vault));
    r = run({"vault", "init", vault, "--campaign", "c", "--channel", "navy", "--unit-name", "n",
             "--unit-id", "91150200MA0N8XQ313"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(run({"vault", "init", vault, "--kdf-memory-mib", "100"}).exitCode, 2);
    // The unit's identity is fixed for the vault's life: a code whose check character is
    // wrong, or a name with an escape sequence in it, never makes a vault.
    for (const auto& [option, value, code] :
         {std::tuple{"--unit-id", "91150200MA0N8XQ314", "unit_id_invalid"},
          std::tuple{"--unit-id", "91150200MA0N8XI313", "unit_id_invalid"},
          std::tuple{"--unit-name", "北方\x1b[2J研究所", "control_character"},
          std::tuple{"--unit-name", "北方\xe2\x80\xae研究所", "control_character"}}) {
        std::vector<std::string> words = {"vault",
                                          "init",
                                          vault,
                                          "--campaign",
                                          "c",
                                          "--channel",
                                          "defense_unit",
                                          "--unit-name",
                                          "n",
                                          "--unit-id",
                                          "91150200MA0N8XQ313"};
        const auto at = std::find(words.begin(), words.end(), option);
        *(at + 1) = value;
        r = run(words);
        EXPECT_EQ(r.exitCode, 2) << value;
        EXPECT_NE(r.err.find(code), std::string::npos) << r.err;
        EXPECT_EQ(r.err.find('\x1b'), std::string::npos) << "the escape reached the terminal";
        EXPECT_FALSE(std::filesystem::exists(vault));
    }
    writeFile(vault, "existing");
    EXPECT_EQ(init().exitCode, 2);
    EXPECT_EQ(readFile(vault), "existing");
}

TEST_F(CliTest, NothingPrintedCanDriveTheTerminal) {
    // A path, a name or a unit read from someone else's file is printed escaped: an escape
    // sequence, a carriage return or a bidirectional override arrives as "\uXXXX".
    const std::string name = "x\x1b]0;owned\x07\r\xc2\x9b\xe2\x80\xae.json";
    for (const auto& words : {std::vector<std::string>{"check", dir / name},
                              std::vector<std::string>{"check", "--json", dir / name}}) {
        const auto r = run(words);
        EXPECT_EQ(r.exitCode, 2);
        for (const std::string raw : {"\x1b", "\x07", "\r", "\xc2\x9b", "\xe2\x80\xae"}) {
            EXPECT_EQ(r.err.find(raw), std::string::npos) << r.err;
            EXPECT_EQ(r.out.find(raw), std::string::npos) << r.out;
        }
        EXPECT_NE(r.err.find("x\\u001b]0;owned\\u0007\\u000d\\u009b\\u202e.json"),
                  std::string::npos)
            << r.err;
    }
}

// A passphrase change keeps the vault's Argon2id cost unless told otherwise (it used to
// fall back to the defaults, which could lower a cost the unit had raised).
TEST_F(CliTest, PasswdKeepsTheKeyDerivationCostUnlessAsked) {
    ASSERT_EQ(run({"vault", "init", vault, "--campaign", "nmg-zuimei-2023", "--channel",
                   "defense_unit", "--unit-name", "内蒙古北方特种装备研究所", "--unit-id",
                   "91150200MA0N8XQ313", "--kdf-memory-mib", "128", "--kdf-passes", "5"})
                  .exitCode,
              0);
    const auto header = [&] {
        const std::string bytes = readFile(vault);
        return std::pair{static_cast<int>(bytes[3]), static_cast<int>(bytes[4])};
    };
    EXPECT_EQ(header(), (std::pair{27, 5}));  // 2^27 bytes = 128 MiB, 5 passes
    ASSERT_EQ(
        run({"vault", "passwd", vault}, {{"BAOSONG_NEW_PASSPHRASE", "a new vault passphrase"}})
            .exitCode,
        0);
    EXPECT_EQ(header(), (std::pair{27, 5}));
    ASSERT_EQ(run({"vault", "passwd", vault, "--kdf-passes", "6"},
                  {{"BAOSONG_PASSPHRASE", "a new vault passphrase"},
                   {"BAOSONG_NEW_PASSPHRASE", "a third vault passphrase"}})
                  .exitCode,
              0);
    EXPECT_EQ(header(), (std::pair{27, 6}));
}

TEST_F(CliTest, PasswdThenOnlyTheNewPassphraseOpens) {
    ASSERT_EQ(init().exitCode, 0);
    const auto changed =
        run({"vault", "passwd", vault, "--kdf-memory-mib", "64", "--kdf-passes", "2"},
            {{"BAOSONG_NEW_PASSPHRASE", "the new passphrase"}});
    ASSERT_EQ(changed.exitCode, 0) << changed.err;
    EXPECT_EQ(run({"keys", vault, "show"}).exitCode, 3);
    EXPECT_EQ(run({"keys", vault, "show"}, {{"BAOSONG_PASSPHRASE", "the new passphrase"}}).exitCode,
              0);
    const auto audit =
        run({"vault", "audit", vault, "--json"}, {{"BAOSONG_PASSPHRASE", "the new passphrase"}});
    EXPECT_EQ(json::parse(audit.out)["entries"].back()["action"], "vault.passwd");
}

}  // namespace
}  // namespace baosong::test
