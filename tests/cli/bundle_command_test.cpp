// The seal and the office through the real binary: a unit seals, the office verifies and
// opens; the standard tools of bundle.md check the same files; every kind of tampering
// bundle.md names is refused with its own code; revisions and replays follow bundle.md.

#include <fcntl.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>

#include "bundle/file_stream.h"
#include "core/bundle_seal.h"
#include "core/export_payload.h"
#include "crypto/age_x25519.h"
#include "crypto/minisign_public_key.h"
#include "crypto/minisign_signature.h"
#include "crypto/sha256.h"
#include "crypto/sm2_signature.h"
#include "crypto/sm3.h"
#include "policy/rule_set.h"
#include "store/vault_keys.h"
#include "support/bundle_flow.h"
#include "support/cli_runner.h"
#include "support/pdf_maker.h"
#include "support/process.h"
#include "support/temp_dir.h"
#include "support/vault_fixture.h"

namespace baosong::test {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr const char* kUnitA = "91150200MA0N8XQ313";
constexpr const char* kUnitD = "91150100MA0PQ7RX21";
const std::string kStem = std::string(kUnitA) + "-nmg-zuimei-2023-r";

// Every test runs in both profiles (bundle.md "intl", bundle-gm.md "gm"): the same flow, the
// profile's own files beside the bundle and, where the profiles differ, each one's code.
class BundleCommandTest : public ::testing::TestWithParam<std::string> {
  protected:
    static void TearDownTestSuite() { prepared.clear(); }
    // The unit ready to seal, made once per profile (support/bundle_flow.h PreparedUnit).
    void SetUp() override {
        auto& [made, ready] = prepared[GetParam()];
        if (!made) {
            made = std::make_unique<PreparedUnit>();
            ready = made->make(false, GetParam());
        }
        ASSERT_TRUE(ready) << "the unit could not be set up";
        made->copyInto(dir, unit, source);
        unit.profile = GetParam();
    }

    ProcessResult run(std::vector<std::string> args) { return BundleFlow::run(std::move(args)); }

    std::string bundle(const std::string& out, int revision) const {
        return (fs::path(out) / (kStem + std::to_string(revision) + ".bsx")).string();
    }
    bool gm() const { return GetParam() == "gm"; }
    // What signs a .bsx beside it, the file holding the label first: bundle.md's .minisig
    // (the label is its trusted comment), bundle-gm.md's statement and its SM2 .sig.
    std::vector<std::string> signatureSuffixes() const {
        return gm() ? std::vector<std::string>{".statement", ".sig"}
                    : std::vector<std::string>{".minisig"};
    }
    // A bundle of this revision in the folder dir/name, of its own, with these bytes and
    // signature files (by suffix), as a unit might send it.
    std::string variantOf(const std::string& name, const std::string& content,
                          const std::map<std::string, std::string>& signature,
                          int revision = 1) const {
        fs::create_directories(dir.path() / name);
        const std::string path = bundle(dir / name, revision);
        writeFile(path, content);
        for (const auto& [suffix, text] : signature) {
            writeFile(path + suffix, text);
        }
        return path;
    }
    // The names a whole seal of stem writes, with others, sorted.
    std::vector<std::string> sealFiles(const std::string& stem,
                                       std::vector<std::string> others = {}) const {
        others.insert(others.end(), {stem + ".README.txt", stem + ".bsx"});
        for (const std::string& suffix : signatureSuffixes()) {
            others.push_back(stem + ".bsx" + suffix);
        }
        std::sort(others.begin(), others.end());
        return others;
    }
    // The signature beside a grant or a rule set (bundle-gm.md "Grants and rule sets").
    std::string fileSignature() const { return gm() ? ".sig" : ".minisig"; }
    // A unit or office of this test's profile.
    BundleFlow flow(const std::string& unitId, const std::string& name) const {
        BundleFlow made{dir, unitId, name};
        made.profile = GetParam();
        return made;
    }

    static inline std::map<std::string, std::pair<std::unique_ptr<PreparedUnit>, bool>> prepared;
    TempDir dir;
    std::string source;
    std::string office = dir / "office.bsv";
    BundleFlow unit{dir, kUnitA, "unitA"};
};

TEST_P(BundleCommandTest, SealedBundleOpensAtTheOfficeAndIsRecorded) {
    // An attachment whose name a bag cannot carry as is ("%", decomposed é).
    json doc = json::parse(readFile(source));
    doc["candidates"][0]["attachments"] = json::array({"scans/达标率95%_Jose\u0301.pdf"});
    fs::create_directories(dir.path() / "in/scans");
    PdfMaking making;
    making.author = "OldAuthorName";
    writeFile(dir / "in/scans/达标率95%_Jose\u0301.pdf", makePdf(making));
    writeFile(dir / "in/with-scan.json", doc.dump());
    unit.importSubmission(dir / "in/with-scan.json");
    unit.reviewAndSignOff();

    const auto sealed = unit.seal(dir / "out");
    ASSERT_EQ(sealed.exitCode, 0) << sealed.err;
    const json result = json::parse(sealed.out);
    EXPECT_EQ(result.at("revision"), 1);
    for (const std::string& suffix : signatureSuffixes()) {
        EXPECT_TRUE(fs::exists(bundle(dir / "out", 1) + suffix)) << suffix;
    }
    EXPECT_EQ(result.at("profile"), GetParam());
    EXPECT_TRUE(fs::exists(dir.path() / "out" / (kStem + "1.README.txt")));
    // No temporary file is left beside the bundle.
    for (const auto& entry : fs::directory_iterator(dir / "out")) {
        EXPECT_EQ(entry.path().string().find(".tmp-"), std::string::npos) << entry.path();
    }

    const auto verified = run({"office", "verify", office, bundle(dir / "out", 1), "--json"});
    ASSERT_EQ(verified.exitCode, 0) << verified.err;
    EXPECT_EQ(json::parse(verified.out).at("unit"), kUnitA);
    EXPECT_EQ(json::parse(verified.out).at("sha256"), result.at("sha256"));
    EXPECT_EQ(json::parse(verified.out).at("profile"), GetParam());
    EXPECT_EQ(json::parse(verified.out).at("size"), fs::file_size(bundle(dir / "out", 1)));

    fs::create_directories(dir.path() / "received");
    const auto opened = run(
        {"office", "open", office, bundle(dir / "out", 1), "--out", dir / "received", "--json"});
    ASSERT_EQ(opened.exitCode, 0) << opened.out << opened.err;
    const std::string folder = dir / ("received/" + kStem + "1");
    EXPECT_TRUE(fs::exists(folder + "/data/submission.json"));
    EXPECT_TRUE(fs::exists(folder + "/data/照片/张卫东_证件照.jpg"));
    EXPECT_TRUE(fs::exists(
        folder + (gm() ? "/tagmanifest-sm3.txt.sig" : "/tagmanifest-sha256.txt.minisig")));
    const std::string scan = readFile(folder + "/data/附件/张卫东_达标率95__Jos\u00e9.pdf");
    EXPECT_EQ(scan.substr(0, 5), "%PDF-");
    EXPECT_EQ(scan.find("OldAuthorName"), std::string::npos);  // stripped on import

    const auto summary =
        run({"office", "summary", office, "--out", dir / "summary.xlsx", "--json"});
    ASSERT_EQ(summary.exitCode, 0) << summary.err;
    EXPECT_EQ(json::parse(summary.out).at("candidates"), 2);
    const std::string xlsx = readFile(dir / "summary.xlsx");
    EXPECT_EQ(xlsx.substr(0, 2), "PK");  // a zip package
    const auto docx = run({"office", "summary", office, "--out", dir / "summary.docx"});
    ASSERT_EQ(docx.exitCode, 0) << docx.err;
    EXPECT_EQ(readFile(dir / "summary.docx").substr(0, 2), "PK");
    EXPECT_EQ(errorCodeIn(run({"office", "summary", office, "--out", dir / "summary.pdf"})),
              "summary_format");
}

std::size_t countOf(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
        ++n;
    }
    return n;
}

// The lines of a bundle's README that are commands: intl's indented minisign, age and tar
// lines (bundle.md's list), gm's block between the two "-----" lines (bundle-gm.md).
std::string readmeCommands(const std::string& readme, bool gm) {
    if (gm) {
        const std::size_t begin = readme.find("-----\n");
        const std::size_t end = readme.rfind("-----\n");
        return begin == end ? "" : readme.substr(begin + 6, end - begin - 6);
    }
    std::string script = "set -e\n";
    for (std::size_t start = 0; start < readme.size();) {
        const std::size_t end = std::min(readme.find('\n', start), readme.size());
        const std::string line = readme.substr(start, end - start);
        start = end + 1;
        if (line.rfind("  minisign ", 0) == 0 || line.rfind("  age ", 0) == 0 ||
            line.rfind("  (cd ", 0) == 0) {
            script += line + "\n";
        }
    }
    return script;
}

TEST_P(BundleCommandTest, StandardToolsCheckTheBundleAsItsReadmeSays) {
    if (gm()) {
        BAOSONG_REQUIRE_PROGRAM("openssl");
    } else {
        BAOSONG_REQUIRE_PROGRAM("minisign");
        BAOSONG_REQUIRE_PROGRAM("age");
    }
    const std::string out = dir / "out";
    ASSERT_EQ(unit.seal(out).exitCode, 0);
    fs::copy_file(unit.outKeys + (gm() ? "/office.pem" : "/office.key"),
                  out + (gm() ? "/office.pem" : "/office.key"));
    // Every command line of the bundle's README, run as written (with the enrolled public
    // keys filled in), from the folder the bundle is in.
    const std::string readme = readFile(out + "/" + kStem + "1.README.txt");
    const std::string script = readmeCommands(readme, gm());
    // intl: "set -e" and bundle.md's five commands; gm: three SM2 verifications, then "OK".
    if (gm()) {
        ASSERT_TRUE(script.ends_with("echo OK\n")) << readme;
        ASSERT_EQ(countOf(script, "openssl pkeyutl -verify "), 3u) << readme;
    } else {
        ASSERT_EQ(countOf(script, "\n"), 6u) << readme;
    }
    ProcessOptions options;
    options.workingDirectory = out;
    options.env["LANG"] = "C.UTF-8";
    const auto checked = runProcess({"bash", "-c", script}, options);
    ASSERT_EQ(checked.exitCode, 0) << script << checked.out << checked.err;
    // The keys in the README are the ones `keys show` reports, i.e. the enrolled ones.
    const json keys = json::parse(run({"keys", unit.vault, "show", "--json"}).out);
    if (gm()) {
        EXPECT_EQ(checked.out.substr(checked.out.size() - 3), "OK\n") << checked.out;
        // What the commands print for people to compare: the fingerprints `keys show` gives.
        for (const char* role : {"unit", "reviewer"}) {
            EXPECT_NE(checked.out.find(
                          std::string(role) + " key " +
                          keys.at(std::string(role) + "_key").at("fingerprint").get<std::string>()),
                      std::string::npos)
                << role << checked.out;
        }
    } else {
        EXPECT_NE(checked.out.find("data/照片/张卫东_证件照.jpg: OK"), std::string::npos)
            << checked.out;
        EXPECT_NE(checked.out.find("revision=1"), std::string::npos);
        EXPECT_NE(checked.out.find("recipient=age1"), std::string::npos);
        EXPECT_NE(checked.out.find("baosong review sign-off"), std::string::npos);
    }

    EXPECT_NE(readme.find(keys.at("unit_key").at("public_key").get<std::string>()),
              std::string::npos);
    EXPECT_NE(readme.find(keys.at("reviewer_key").at("public_key").get<std::string>()),
              std::string::npos);

    // A flipped byte in an unpacked photo is caught by the manifest, as the office would see:
    // the same check passes before the flip and fails after it.
    const std::string bag = kStem + "1";
    const std::string manifestCheck =
        "cd " + bag + " && " +
        (gm() ? "while read -r h p; do test \"$(openssl dgst -sm3 -r \"$p\" | cut -d' ' -f1)\" "
                "= \"$h\" || exit 1; done < manifest-sm3.txt"
              : "sha256sum -c manifest-sha256.txt");
    EXPECT_EQ(runProcess({"bash", "-c", manifestCheck}, options).exitCode, 0);
    std::string photo = readFile(out + "/" + bag + "/data/照片/张卫东1.jpg");
    photo[photo.size() / 2] ^= 0x01;
    writeFile(out + "/" + bag + "/data/照片/张卫东1.jpg", photo);
    EXPECT_NE(runProcess({"bash", "-c", manifestCheck}, options).exitCode, 0);
}

TEST_P(BundleCommandTest, OpenThatFailsInsideLeavesNoFolderAndRecordsNothing) {
    // The office enrolled another reviewer key for this unit than the one that signed off
    // (a wrong paper, say): the outer signature holds, the reviewer's inner one does not.
    const std::string office2 = dir / "office2.bsv";
    unit.initOffice(office2);
    BundleFlow stranger = flow("91150200MA0N8XQ326", "stranger");
    stranger.initUnit();
    fs::create_directories(dir.path() / "office2-keys");
    ASSERT_EQ(run({"office", "keys", office2, "--out", dir / "office2-keys"}).exitCode, 0);
    // Its keys of the office's profile (a unit follows the office keys it imports).
    ASSERT_EQ(run({"keys", stranger.vault, "import-office", dir / "office2-keys"}).exitCode, 0);
    const json theirs = json::parse(run({"keys", stranger.vault, "show", "--json"}).out);
    ASSERT_EQ(theirs.at("profile"), GetParam());
    ASSERT_EQ(run({"keys", unit.vault, "import-office", dir / "office2-keys"}).exitCode, 0);
    ASSERT_EQ(run({"keys", unit.vault, "enrolment", dir / "enrol2"}).exitCode, 0);
    json enrolment = json::parse(readFile(dir / "enrol2.json"));
    enrolment["reviewer_key"] = theirs.at("reviewer_key").at("public_key");
    writeFile(dir / "enrol2.json", enrolment.dump());
    ASSERT_EQ(run({"office", "enrol", office2, dir / "enrol2.json", "--yes"}).exitCode, 0);

    ASSERT_EQ(unit.seal(dir / "out").exitCode, 0);
    fs::create_directories(dir.path() / "received");
    const auto opened =
        run({"office", "open", office2, bundle(dir / "out", 1), "--out", dir / "received"});
    EXPECT_EQ(opened.exitCode, 1);
    EXPECT_EQ(errorCodeIn(opened), "reviewer_signature_invalid") << opened.err;
    EXPECT_TRUE(fs::is_empty(dir / "received")) << "a folder or temporary was left";
    // Nothing was recorded: verify still sees a first revision.
    const auto verified = run({"office", "verify", office2, bundle(dir / "out", 1), "--json"});
    ASSERT_EQ(verified.exitCode, 0) << verified.err;
    EXPECT_TRUE(json::parse(verified.out).at("previous_revision").is_null());
}

TEST_P(BundleCommandTest, TamperedBundlesAreRefusedEachWithItsOwnCode) {
    const std::string out = dir / "out";
    ASSERT_EQ(unit.seal(out).exitCode, 0);
    const std::string r1 = bundle(out, 1);
    // What signs r1, by suffix.
    std::map<std::string, std::string> sig1;
    for (const std::string& suffix : signatureSuffixes()) {
        sig1[suffix] = readFile(r1 + suffix);
    }
    const std::string bytes = readFile(r1);

    const auto verify = [&](const std::string& path) {
        return run({"office", "verify", office, path});
    };
    const auto variant = [&](const std::string& name, const std::string& content,
                             const std::map<std::string, std::string>& signature) {
        return variantOf(name, content, signature);
    };

    for (const std::size_t at :
         {std::size_t{0}, std::size_t{40}, bytes.size() / 2, bytes.size() - 1}) {
        std::string flipped = bytes;
        flipped[at] ^= 0x20;
        const auto r = verify(variant("flip" + std::to_string(at), flipped, sig1));
        EXPECT_EQ(r.exitCode, 1) << at;
        EXPECT_EQ(errorCodeIn(r), "bundle_altered") << at << r.err;
        EXPECT_NE(r.err.find("文件在传输中被改动"), std::string::npos);
    }
    EXPECT_EQ(errorCodeIn(verify(variant("cut", bytes.substr(0, bytes.size() - 100), sig1))),
              "bundle_altered");
    EXPECT_EQ(errorCodeIn(verify(variant("grown", bytes + "extra", sig1))), "bundle_altered");

    // The label changed under its signature: minisign's trusted comment, gm's statement.
    auto relabelled = sig1;
    std::string& label = relabelled.at(signatureSuffixes().front());
    const std::size_t sealedAt = label.find("sealed=");
    ASSERT_NE(sealedAt, std::string::npos);
    label[sealedAt + 7] = label[sealedAt + 7] == '1' ? '2' : '1';
    EXPECT_EQ(errorCodeIn(verify(variant("comment", bytes, relabelled))),
              gm() ? "statement_altered" : "trusted_comment_altered");

    // Revision 2: a fresh review, then a copy of the vault (same keys) seals its own r2.
    unit.reviewAndSignOff();
    fs::copy_file(unit.vault, dir / "clone.bsv");
    ASSERT_EQ(unit.seal(out).exitCode, 0);
    const std::string r2 = bundle(out, 2);
    const auto cloneOut = dir / "clone-out";
    fs::create_directories(cloneOut);
    ASSERT_EQ(run({"seal", dir / "clone.bsv", "--out", cloneOut}).exitCode, 0);

    // The signature of r1 beside the bytes of r2.
    const auto r = verify(variantOf("swapped", readFile(r2), sig1, 2));
    EXPECT_EQ(errorCodeIn(r), "signature_other_bundle") << r.err;

    fs::create_directories(dir.path() / "received");
    const auto openedR2 = run({"office", "open", office, r2, "--out", dir / "received", "--json"});
    ASSERT_EQ(openedR2.exitCode, 0) << openedR2.err;
    // The office never saw r1: it is told so.
    const json notices = json::parse(openedR2.out).at("notices");
    ASSERT_EQ(notices.size(), 1u);
    EXPECT_NE(notices[0].get<std::string>().find("没有收到过此前的版本"), std::string::npos);
    const auto stale = verify(r1);
    EXPECT_EQ(errorCodeIn(stale), "revision_stale") << stale.err;
    EXPECT_NE(stale.err.find("这是旧版本（第1版），已收到第2版"), std::string::npos) << stale.err;
    EXPECT_EQ(errorCodeIn(verify(bundle(cloneOut, 2))), "revision_conflict");
    EXPECT_EQ(errorCodeIn(verify(r2)), "already_received");

    // A vault claiming unit A's id with keys of its own. A minisign signature names its key
    // (bundle.md); an SM2 one does not, and no enrolled key verifies it (bundle-gm.md).
    BundleFlow rogue = flow(kUnitA, "rogue");
    rogue.initUnit();
    rogue.importSubmission(source);
    ASSERT_EQ(run({"keys", rogue.vault, "import-office", unit.outKeys}).exitCode, 0);
    rogue.reviewAndSignOff();
    const std::string rogueOut = dir / "rogue-out";
    ASSERT_EQ(rogue.seal(rogueOut).exitCode, 0);
    const auto notEnrolled = verify(bundle(rogueOut, 1));
    EXPECT_EQ(errorCodeIn(notEnrolled), gm() ? "statement_altered" : "signer_not_enrolled")
        << notEnrolled.err;
    EXPECT_NE(notEnrolled.err.find(gm() ? "不是该单位签的" : "签名不是已登记单位的密钥"),
              std::string::npos)
        << notEnrolled.err;

    // Unit D is enrolled here but sealed for another office.
    const std::string otherOffice = dir / "other-office.bsv";
    BundleFlow unitD = flow(kUnitD, "unitD");
    unitD.initUnit();
    unitD.initOffice(otherOffice);
    unitD.exchangeKeys(otherOffice);  // keys of the other office, enrolled there
    const std::string enrolment = unitD.base + "/enrolment.json";
    ASSERT_EQ(run({"office", "enrol", office, enrolment, "--yes"}).exitCode, 0);
    json doc = json::parse(readFile(source));
    doc["unit"]["id"] = kUnitD;
    writeFile(dir / "in/unitD.json", doc.dump());
    unitD.importSubmission(dir / "in/unitD.json");
    unitD.reviewAndSignOff();
    const std::string dOut = dir / "d-out";
    ASSERT_EQ(unitD.seal(dOut).exitCode, 0);
    const auto foreign =
        verify((fs::path(dOut) / (std::string(kUnitD) + "-nmg-zuimei-2023-r1.bsx")).string());
    EXPECT_EQ(errorCodeIn(foreign), "recipient_other_office") << foreign.err;
}

// Content the reviewer signed off as revision 1, sealed as revision 2 by someone holding
// the unit key (say, an old copy of the vault and its passphrase). The label and bag-info
// agree with each other and carry valid unit signatures; only the reviewed submission.json
// says otherwise.
TEST_P(BundleCommandTest, ReviewedContentRelabelledAsAnotherRevisionIsRefused) {
    const auto sealAs = [&](long long revision, const std::string& out) {
        fs::create_directories(out);
        app::Vault vault = openVault(unit.vault);
        const app::ExportPayload payload = app::buildExportPayload(vault.db());
        app::VaultKeys keys(vault.db());
        // Writes the input's bundle, relabelled, into out; its signature files beside it.
        const auto write = [&](auto input, const auto& writer) {
            input.label.revision = revision;
            input.info.revision = revision;
            const std::string path = (fs::path(out) / (input.label.stem() + ".bsx")).string();
            const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
            EXPECT_GE(fd, 0);
            app::bundle::FileSink sink(fd, path);
            for (const auto& [suffix, text] : writer(input, sink)) {
                writeFile(path + suffix, text);
            }
            sink.close();
            return path;
        };
        if (gm()) {
            return write(app::gmSealInput(vault.db(), payload), [&](const auto& input, auto& sink) {
                const auto sealed = app::bundle::writeGmBundle(
                    input, keys.sm2PlainSecretKey(app::KeyRole::Unit), sink);
                return std::map<std::string, std::string>{
                    {".statement", sealed.statement},
                    {".sig", std::string(sealed.signature.begin(), sealed.signature.end())}};
            });
        }
        return write(app::sealInput(vault.db(), payload), [&](const auto& input, auto& sink) {
            const auto sealed = app::bundle::writeBundle(input, keys.unitSecretKey(), sink);
            return std::map<std::string, std::string>{{".minisig", sealed.signatureText}};
        });
    };
    // The same route with the true revision: the bundle it makes is sound.
    const std::string honest = sealAs(1, dir / "honest");
    const std::string relabelled = sealAs(2, dir / "relabelled");
    ASSERT_EQ(relabelled, bundle(dir / "relabelled", 2));

    // The outer signature holds: only opening can tell, and verify says so.
    const auto verified = run({"office", "verify", office, relabelled});
    EXPECT_EQ(verified.exitCode, 0);
    EXPECT_NE(verified.out.find("版本是单位签名所称"), std::string::npos) << verified.out;
    const std::string received = dir / "received";
    fs::create_directories(received);
    const auto r = run({"office", "open", office, relabelled, "--out", received});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(errorCodeIn(r), "submission_label_mismatch") << r.err;
    EXPECT_NE(r.err.find("第1版，而签名标明的是"), std::string::npos) << r.err;
    EXPECT_TRUE(fs::is_empty(received));
    // Nothing was recorded: revision 1 is still new to the office.
    const auto opened = run({"office", "open", office, honest, "--out", received});
    EXPECT_EQ(opened.exitCode, 0) << opened.err;
}

// A seal run with its process killed (SIGKILL) right after a file of it got its name.
ProcessResult sealKilledAfter(const BundleFlow& unit, const std::string& out,
                              const std::string& suffix) {
    fs::create_directories(out);
    const char* asan = std::getenv("ASAN_OPTIONS");
    return runCli({"seal", unit.vault, "--out", out},
                  {{"LD_PRELOAD", BAOSONG_KILL_AFTER_RENAME_LIB},
                   {"BAOSONG_KILL_AFTER_RENAME", suffix},
                   {"ASAN_OPTIONS", std::string(asan ? asan : "") + ":verify_asan_link_order=0"}});
}

std::vector<std::string> namesIn(const std::string& folder) {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(folder)) {
        names.push_back(e.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

// Killed after the bundle got its name but before the vault recorded it: the next seal
// finds it complete in its folder and records it as revision 1, instead of writing another
// revision 1 with other bytes that the office would refuse as revision_conflict.
TEST_P(BundleCommandTest, ASealKilledAfterTheBundleAppearedIsRecordedByTheNext) {
    const std::string out = dir / "out";
    const auto killed = sealKilledAfter(unit, out, ".bsx");
    ASSERT_EQ(killed.exitCode, -1) << "not killed: " << killed.err;
    const std::string stem = kStem + "1";
    EXPECT_EQ(namesIn(out), sealFiles(stem));
    const std::string bytes = readFile(bundle(out, 1));

    const std::string out2 = dir / "out2";
    fs::create_directories(out2);
    const auto next = run({"seal", unit.vault, "--out", out2});
    EXPECT_EQ(next.exitCode, 1) << next.err;
    EXPECT_EQ(errorCodeIn(next), "seal_refused");
    EXPECT_NE(next.err.find("已记入保险库"), std::string::npos) << next.err;
    EXPECT_TRUE(fs::is_empty(out2)) << "another revision 1 was written";
    EXPECT_EQ(readFile(bundle(out, 1)), bytes);
    const auto listed = run({"review", unit.vault, "list"});
    EXPECT_NE(listed.out.find("已封装报送包"), std::string::npos) << listed.out;
    fs::create_directories(dir.path() / "received");
    const auto opened = run({"office", "open", office, bundle(out, 1), "--out", dir / "received"});
    EXPECT_EQ(opened.exitCode, 0) << opened.err;
}

// Killed after the signature got its name, before the bundle did: nothing of revision 1
// reached anyone. The next seal removes what the killed one left (its signature, its
// temporary files) and seals revision 1 afresh; only baosong's own files are touched.
TEST_P(BundleCommandTest, ASealKilledBeforeTheBundleAppearedIsCleanedAndSealedAgain) {
    const std::string out = dir / "out";
    fs::create_directories(out);
    writeFile(out + "/README.txt", "someone else's notes");
    // The signature is the first file a seal names (core/bundle_seal.cpp).
    const auto killed = sealKilledAfter(unit, out, gm() ? ".bsx.sig" : ".bsx.minisig");
    ASSERT_EQ(killed.exitCode, -1) << "not killed: " << killed.err;
    bool temporaries = false;
    for (const std::string& name : namesIn(out)) {
        temporaries = temporaries || name.find(".tmp-") != std::string::npos;
    }
    EXPECT_TRUE(temporaries) << "the kill left no temporary file to clean";

    const auto sealed = run({"seal", unit.vault, "--out", out, "--json"});
    ASSERT_EQ(sealed.exitCode, 0) << sealed.err;
    const std::string stem = kStem + "1";
    EXPECT_EQ(namesIn(out), sealFiles(stem, {"README.txt"}));
    EXPECT_EQ(readFile(out + "/README.txt"), "someone else's notes");
    EXPECT_EQ(json::parse(sealed.out).at("revision"), 1);
}

// The bundle's envelope is the profile's one form to exactly one recipient, the office:
// binary age to one X25519 recipient (bundle.md), or bundle-gm.md's ustar of exactly five
// members with one key.sm2. The same bag wrapped by the standard tools another way (age's
// ASCII armor; GNU tar's own format) or with a second recipient (someone else who could
// read it), then signed anew with the unit's own key, passes the outer signature but is
// refused at opening; nothing is recorded.
TEST_P(BundleCommandTest, OnlyTheProfilesEnvelopeToTheOfficeAloneOpens) {
    BAOSONG_REQUIRE_PROGRAM(gm() ? "openssl" : "age");
    const std::string out = dir / "out";
    ASSERT_EQ(unit.seal(out).exitCode, 0);
    const std::string r1 = bundle(out, 1);
    const std::string keysDir = dir / "office-secret";
    fs::create_directories(keysDir);
    ASSERT_EQ(run({"office", "keys", office, "--out", keysDir, "--with-secret"}).exitCode, 0);
    // Each variant: a folder of its own holding the rewrapped bundle under r1's name.
    // why: what the refusal says was wrong.
    const auto refusedAtOpening = [&](const std::string& name, const std::string& path,
                                      const std::string& why) {
        EXPECT_EQ(run({"office", "verify", office, path}).exitCode, 0) << name;
        const std::string received = dir / (name + "-received");
        fs::create_directories(received);
        const auto opened = run({"office", "open", office, path, "--out", received});
        EXPECT_EQ(opened.exitCode, 1) << name;
        EXPECT_EQ(errorCodeIn(opened), "bundle_profile_invalid") << name << opened.err;
        EXPECT_NE(opened.err.find(why), std::string::npos) << name << opened.err;
        EXPECT_TRUE(fs::is_empty(received)) << name;
    };
    if (gm()) {
        // The file key out of key.sm2 with the office's key, again to a stranger's SM2 key.
        const std::string script =
            "set -e\n"
            "mkdir x && tar -xf \"$0\" -C x\n"
            "openssl pkeyutl -decrypt -inkey office.pem -in x/key.sm2 -out filekey\n"
            "openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:SM2 -out stranger.pem\n"
            "openssl pkeyutl -encrypt -inkey stranger.pem -in filekey -out x/key2.sm2\n"
            "cd x\n"
            "tar --format=ustar -cf ../two-recipients.bsx baosong-gm.txt key.sm2 key2.sm2 iv "
            "payload.sm4 payload.mac\n"
            "tar --format=gnu -cf ../gnu-tar.bsx baosong-gm.txt key.sm2 iv payload.sm4 "
            "payload.mac\n";
        ProcessOptions options;
        options.workingDirectory = keysDir;
        const auto made = runProcess({"bash", "-c", script, r1}, options);
        ASSERT_EQ(made.exitCode, 0) << made.err;
        const std::string statement = readFile(r1 + ".statement");
        const std::size_t sm3At = statement.find(" sm3=");
        ASSERT_NE(sm3At, std::string::npos) << statement;
        for (const auto& [name, why] :
             {std::pair<std::string, std::string>{"two-recipients", "此处应为“iv”，却是“key2.sm2”"},
              {"gnu-tar", "不是纯 POSIX ustar 格式"}}) {
            const std::string bytes = readFile(keysDir + "/" + name + ".bsx");
            const std::string restated =
                statement.substr(0, sm3At) + " sm3=" + crypto::toHex(crypto::Sm3::of(bytes)) + "\n";
            app::Vault vault = openVault(unit.vault);
            const auto signature =
                crypto::sm2Sign(app::VaultKeys(vault.db()).sm2PlainSecretKey(app::KeyRole::Unit),
                                crypto::bytesOfText(restated));
            refusedAtOpening(name,
                             variantOf(name, bytes,
                                       {{".statement", restated},
                                        {".sig", std::string(signature.begin(), signature.end())}}),
                             why);
        }
    } else {
        const std::string plain = dir / "plain.tar";
        const auto decrypted =
            runProcess({"age", "-d", "-i", keysDir + "/office.key", "-o", plain, r1});
        ASSERT_EQ(decrypted.exitCode, 0) << decrypted.err;
        const std::string recipient = json::parse(run({"keys", unit.vault, "show", "--json"}).out)
                                          .at("office")
                                          .at("recipient");
        const std::string stranger = crypto::age::X25519Identity::generate().recipient().text();
        const std::string trusted =
            crypto::MinisignSignature::parse(readFile(r1 + ".minisig")).trustedComment;
        for (const auto& [name, ageArgs] :
             {std::pair{"armored", std::vector<std::string>{"-a", "-r", recipient}},
              std::pair{"two-recipients",
                        std::vector<std::string>{"-r", recipient, "-r", stranger}}}) {
            std::vector<std::string> argv{"age"};
            argv.insert(argv.end(), ageArgs.begin(), ageArgs.end());
            argv.insert(argv.end(), {"-o", dir / "rewrapped.age", plain});
            const auto encrypted = runProcess(argv);
            ASSERT_EQ(encrypted.exitCode, 0) << encrypted.err;
            const std::string bytes = readFile(dir / "rewrapped.age");
            fs::remove(dir / "rewrapped.age");
            app::Vault vault = openVault(unit.vault);
            const std::string signature = app::VaultKeys(vault.db())
                                              .unitSecretKey()
                                              .sign(crypto::bytesOfText(bytes), trusted)
                                              .fileText();
            refusedAtOpening(name, variantOf(name, bytes, {{".minisig", signature}}), "");
        }
    }
    const std::string received = dir / "received";
    fs::create_directories(received);
    const auto honest = run({"office", "open", office, r1, "--out", received});
    EXPECT_EQ(honest.exitCode, 0) << honest.err;
}

TEST_P(BundleCommandTest, SealRefusesWithEveryReasonAndWritesNothing) {
    // A fresh vault: nothing reviewed, no office key.
    BundleFlow fresh{dir, "91150200MA0N8XQ326", "fresh"};
    fresh.initUnit();
    json doc = json::parse(readFile(source));
    doc["unit"]["id"] = "91150200MA0N8XQ326";
    doc["candidates"][0]["deeds"] =
        doc["candidates"][0]["deeds"].get<std::string>() + "他曾赴97621部队参与XW-7导弹试验。";
    writeFile(dir / "in/fresh.json", doc.dump());
    fresh.importSubmission(dir / "in/fresh.json");
    const auto refused = fresh.seal(dir / "fresh-out");
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_EQ(errorCodeIn(refused), "seal_refused");
    for (const char* reason :
         {"阻止", "尚待审查员批准", "保密审查尚未签署", "尚未导入国防科工办的公钥"}) {
        EXPECT_NE(refused.err.find(reason), std::string::npos) << reason << "\n" << refused.err;
    }
    // The CLI says how to resolve each with the command that does it.
    for (const char* command :
         {"baosong review VAULT resolve", "baosong review VAULT approve",
          "baosong review VAULT sign-off", "baosong keys VAULT import-office DIR"}) {
        EXPECT_NE(refused.err.find(command), std::string::npos) << command << "\n" << refused.err;
    }
    EXPECT_TRUE(fs::is_empty(dir / "fresh-out"));

    // A signed-off vault imported again unchanged: nothing was changed, the sign-off holds.
    ASSERT_EQ(run({"vault", "import", unit.vault, source}).exitCode, 0);
    EXPECT_EQ(run({"review", unit.vault, "list"}).exitCode, 0);
    // Its content then changes: the sign-off is void, said with its cause, never as if no
    // one had signed.
    json changed = json::parse(readFile(source));
    changed["candidates"][0]["specialty"] = "特种装备可靠性";
    writeFile(dir / "in/changed.json", changed.dump());
    ASSERT_EQ(run({"vault", "import", unit.vault, dir / "in/changed.json"}).exitCode, 0);
    const auto voided = unit.seal(dir / "out");
    EXPECT_EQ(errorCodeIn(voided), "seal_refused");
    EXPECT_NE(voided.err.find("【审查签署已失效】"), std::string::npos) << voided.err;
    EXPECT_NE(voided.err.find("导入了新的报送数据"), std::string::npos) << voided.err;
    EXPECT_TRUE(fs::is_empty(dir / "out"));
    const auto listed = run({"review", unit.vault, "list"});
    EXPECT_EQ(listed.exitCode, 1);
    EXPECT_NE(listed.out.find("【审查签署已失效】"), std::string::npos) << listed.out;
    const json listedJson = json::parse(run({"review", unit.vault, "list", "--json"}).out);
    EXPECT_EQ(listedJson.at("sign_off").at("state"), "void");
    EXPECT_EQ(listedJson.at("sign_off").at("voided_cause"), "vault.import");
    EXPECT_FALSE(listedJson.at("sign_off").at("voided_at").get<std::string>().empty());
}

TEST_P(BundleCommandTest, SealFailingMidwayLeavesNoFileAndTheVaultAsItWas) {
    // The file-size limit makes the bundle's writes fail after 1 MiB (EFBIG), as a full
    // USB stick would; SIGXFSZ is ignored so the write error reaches baosong.
    const std::string out = dir / "small";
    fs::create_directories(out);
    const std::string before = readFile(unit.vault);
    ProcessOptions options;
    options.env = {{"BAOSONG_PASSPHRASE", kVaultPassphrase}, {"LANG", "zh_CN.UTF-8"}};
    const auto r = runProcess(
        {"bash", "-c", "ulimit -f 1024; trap '' XFSZ; exec \"$0\" seal \"$1\" --out \"$2\"",
         BAOSONG_CLI, unit.vault, out},
        options);
    EXPECT_EQ(r.exitCode, 1) << r.err;
    EXPECT_EQ(errorCodeIn(r), "io_error") << r.err;
    EXPECT_TRUE(fs::is_empty(out)) << "a partial bundle was left";
    EXPECT_EQ(readFile(unit.vault), before);
    // Without the limit the same vault seals: nothing was spent by the failure.
    EXPECT_EQ(unit.seal(out).exitCode, 0);
}

// The seal skips opening's whole-file check (store/vault.h PageCheck::AsRead) because it
// reads every page of what leaves: a damaged page in a stored file still stops it, as
// damage, with nothing in the folder and the vault as it was.
TEST_P(BundleCommandTest, SealOfADamagedStoredFileFailsAsDamageAndWritesNothing) {
    const std::string out = dir / "damaged";
    fs::create_directories(out);
    {
        // A byte in the middle of the file, which the stored photos and scans fill.
        std::fstream f(unit.vault, std::ios::in | std::ios::out | std::ios::binary);
        f.seekg(0, std::ios::end);
        const std::streamoff middle = (f.tellg() / 2 / 4096) * 4096 + 1000;
        f.seekg(middle);
        char c = 0;
        f.get(c);
        f.seekp(middle);
        f.put(static_cast<char>(c ^ 0x01));
    }
    const std::string before = readFile(unit.vault);
    const auto r = unit.seal(out);
    EXPECT_EQ(r.exitCode, 2) << r.err;
    EXPECT_EQ(errorCodeIn(r), "vault_corrupt") << r.err;
    EXPECT_TRUE(fs::is_empty(out)) << "a partial bundle was left";
    EXPECT_EQ(readFile(unit.vault), before);
}

// Every command that writes into --out refuses a folder that does not exist, says what to
// do, and makes nothing: a mistyped USB path must not put the files elsewhere.
TEST_P(BundleCommandTest, AMissingOutputFolderIsRefusedWithWhatToDo) {
    const std::string missing = dir / "usb/报送";
    const std::string unitBefore = readFile(unit.vault);
    const std::vector<std::vector<std::string>> commands = {
        {"documents", unit.vault, "--out", missing},
        {"seal", unit.vault, "--out", missing},
        {"office", "keys", office, "--out", missing},
        {"office", "export", office, "--out", missing},
    };
    for (const auto& command : commands) {
        const auto r = run(command);
        EXPECT_EQ(r.exitCode, 2) << command[0] << " " << command[1] << r.err;
        EXPECT_EQ(errorCodeIn(r), "io_error") << r.err;
        EXPECT_NE(r.err.find("不会自行新建"), std::string::npos) << r.err;
        EXPECT_FALSE(fs::exists(dir.path() / "usb")) << command[0] << " made the folder";
    }
    EXPECT_EQ(readFile(unit.vault), unitBefore);
}

TEST_P(BundleCommandTest, QuotaGrantsCountOnlyWhenSignedByTheOffice) {
    const std::string grant = dir / "in/grant.json";
    const auto made = run({"office", "grant", office, "--unit", kUnitA, "--max", "4", "--reason",
                           "经主办单位同意增加名额", "--out", grant});
    ASSERT_EQ(made.exitCode, 0) << made.err;
    ASSERT_TRUE(fs::exists(grant + fileSignature()));

    json doc = json::parse(readFile(source));
    doc["grants"] = json::array({"grant.json"});
    for (int i = 2; i < 4; ++i) {  // four candidates: over the notice's three
        json extra = doc["candidates"][1];
        extra["name"] = i == 2 ? "王晓峰" : "刘海燕";
        doc["candidates"].push_back(extra);
    }
    writeFile(dir / "in/four.json", doc.dump());
    const auto findings = [&](const std::string& vault) {
        const auto r = run({"check", "--json", vault});
        std::set<std::string> codes;
        const json parsed = json::parse(r.out);  // kept: a range-for would not extend it
        for (const auto& f : parsed.at("findings")) {
            codes.insert(f.at("code").get<std::string>());
        }
        return codes;
    };
    unit.importSubmission(dir / "in/four.json");
    const auto before = findings(unit.vault);
    EXPECT_FALSE(before.contains("QUOTA_EXCEEDED"));
    EXPECT_FALSE(before.contains("GRANT_INVALID"));

    // Sealed, the grant travels in data/授权/ with its signature, and the office's re-check
    // holds it under the office's own grant key (policy.md, bundle.md on quota grants): four
    // candidates, nothing said of the quota.
    unit.reviewAndSignOff();
    ASSERT_EQ(unit.seal(dir / "out").exitCode, 0);
    fs::create_directories(dir.path() / "received");
    const auto opened = run(
        {"office", "open", office, bundle(dir / "out", 1), "--out", dir / "received", "--json"});
    ASSERT_EQ(opened.exitCode, 0) << opened.err;
    std::set<std::string> rechecked;
    const json openedJson = json::parse(opened.out);  // kept: a range-for would not extend it
    for (const auto& f : openedJson.at("findings")) {
        rechecked.insert(f.at("code").get<std::string>());
    }
    EXPECT_FALSE(rechecked.contains("QUOTA_EXCEEDED")) << opened.out;
    EXPECT_FALSE(rechecked.contains("GRANT_INVALID")) << opened.out;
    EXPECT_TRUE(
        fs::exists(dir / ("received/" + kStem + "1/data/授权/grant.json" + fileSignature())));

    // The same grant with its number raised after signing.
    std::string forged = readFile(grant);
    forged.replace(forged.find("\"max\":4"), 7, "\"max\":9");
    writeFile(grant, forged);
    unit.importSubmission(dir / "in/four.json");
    const auto after = findings(unit.vault);
    EXPECT_TRUE(after.contains("GRANT_INVALID")) << after.size();
}

// Rule-set updates (policy.md "Signed rule sets"): the office signs, the unit imports only
// what verifies, and an unsigned file serves `check` only with the testing flag.
TEST_P(BundleCommandTest, RuleSetUpdatesCountOnlyWhenTheOfficeSignedThem) {
    // The update: a deadline moved before the example's date (2023-07-10).
    json rules = json::parse(policy::builtInRuleSets().at("nmg-zuimei-2023"));
    rules["deadline"] = "2023-07-05";
    rules["age_reference_date"] = "2023-07-16";
    writeFile(dir / "update.json", rules.dump(2));
    const auto deadlinePassed = [&](const std::vector<std::string>& extra) {
        std::vector<std::string> args = {"check", "--json", unit.vault};
        args.insert(args.end(), extra.begin(), extra.end());
        const auto r = run(args);
        return r.out.find("DEADLINE_PASSED") != std::string::npos;
    };
    EXPECT_FALSE(deadlinePassed({}));

    // Unsigned: refused without the flag, said to be unsigned with it.
    auto r = run({"check", unit.vault, "--rules", dir / "update.json"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(errorCodeIn(r), "rules_unsigned") << r.err;
    r = run(
        {"check", "--json", unit.vault, "--rules", dir / "update.json", "--allow-unsigned-rules"});
    EXPECT_NE(r.out.find("DEADLINE_PASSED"), std::string::npos) << r.out;
    EXPECT_NE(r.err.find("未经国防科工办签名"), std::string::npos) << r.err;
    r = run({"check", source, "--rules", dir / "update.json"});  // a JSON file: no key
    EXPECT_EQ(errorCodeIn(r), "rules_unsigned") << r.err;
    const std::string before = readFile(unit.vault);
    r = run({"keys", unit.vault, "import-rules", dir / "update.json"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(errorCodeIn(r), "input_missing") << r.err;  // no signature beside it

    // Signed by the office: checked with it, imported, used by check (and so by seal).
    fs::create_directories(dir.path() / "signed");
    r = run({"office", "rules", office, dir / "update.json", "--out", dir / "signed/rules.json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    r = run({"check", "--json", unit.vault, "--rules", dir / "signed/rules.json"});
    EXPECT_EQ(r.err.find("未经国防科工办签名"), std::string::npos) << r.err;
    EXPECT_NE(r.out.find("DEADLINE_PASSED"), std::string::npos);

    // Changed after signing, or carrying another file's signature: refused, nothing stored.
    fs::create_directories(dir.path() / "forged");
    rules["deadline"] = "2023-08-31";
    writeFile(dir / "forged/rules.json", rules.dump(2));
    fs::copy_file(dir / ("signed/rules.json" + fileSignature()),
                  dir / ("forged/rules.json" + fileSignature()));
    r = run({"keys", unit.vault, "import-rules", dir / "forged/rules.json"});
    EXPECT_EQ(errorCodeIn(r), "rules_signature_invalid") << r.err;
    const std::string grant = dir / "grant.json";
    ASSERT_EQ(run({"office", "grant", office, "--unit", kUnitA, "--max", "4", "--reason", "增加",
                   "--out", grant})
                  .exitCode,
              0);
    fs::copy_file(grant + fileSignature(), dir / ("forged/grant-signed.json" + fileSignature()));
    writeFile(dir / "forged/grant-signed.json", readFile(dir / "signed/rules.json"));
    r = run({"keys", unit.vault, "import-rules", dir / "forged/grant-signed.json"});
    EXPECT_EQ(errorCodeIn(r), "rules_signature_invalid") << r.err;
    EXPECT_EQ(readFile(unit.vault), before);

    r = run({"keys", unit.vault, "import-rules", dir / "signed/rules.json", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(json::parse(r.out)["deadline"], "2023-07-05");
    EXPECT_TRUE(deadlinePassed({}));
}

// `keys VAULT import-grant FILE`: no JSON edited by hand; a forged, foreign or unsigned grant
// is refused and changes nothing.
TEST_P(BundleCommandTest, ImportGrantChecksItAgainstTheOfficeKey) {
    json doc = json::parse(readFile(source));
    for (int i = 2; i < 4; ++i) {
        json extra = doc["candidates"][1];
        extra["name"] = i == 2 ? "王晓峰" : "刘海燕";
        doc["candidates"].push_back(extra);
    }
    writeFile(dir / "in/four.json", doc.dump());
    unit.importSubmission(dir / "in/four.json");
    const auto quotaExceeded = [&] {
        return run({"check", "--json", unit.vault}).out.find("QUOTA_EXCEEDED") != std::string::npos;
    };
    EXPECT_TRUE(quotaExceeded());

    const std::string grant = dir / "grant.json";
    ASSERT_EQ(run({"office", "grant", office, "--unit", kUnitA, "--max", "4", "--reason",
                   "经主办单位同意增加名额", "--out", grant})
                  .exitCode,
              0);
    const std::string other = dir / "other.json";
    ASSERT_EQ(run({"office", "grant", office, "--unit", kUnitA, "--max", "4", "--campaign",
                   "nmg-zuimei-2024", "--reason", "另一单位", "--out", other})
                  .exitCode,
              0);
    std::string forged = readFile(grant);
    forged.replace(forged.find("\"max\":4"), 7, "\"max\":9");
    fs::create_directories(dir.path() / "forged");
    writeFile(dir / "forged/grant.json", forged);
    fs::copy_file(grant + fileSignature(), dir / ("forged/grant.json" + fileSignature()));
    fs::create_directories(dir.path() / "unsigned");
    fs::copy_file(grant, dir / "unsigned/grant.json");

    const std::string before = readFile(unit.vault);
    for (const auto& [file, code] : std::vector<std::pair<std::string, std::string>>{
             {dir / "forged/grant.json", "grant_signature_invalid"},
             {other, "grant_other_unit"},
             {dir / "unsigned/grant.json", "input_missing"},
             {dir / "nowhere.json", "input_missing"}}) {
        const auto r = run({"keys", unit.vault, "import-grant", file});
        EXPECT_EQ(r.exitCode, 2) << file << ": " << r.err;
        EXPECT_EQ(errorCodeIn(r), code) << r.err;
    }
    EXPECT_EQ(readFile(unit.vault), before);

    const auto imported = run({"keys", unit.vault, "import-grant", grant, "--json"});
    ASSERT_EQ(imported.exitCode, 0) << imported.err;
    EXPECT_EQ(json::parse(imported.out)["max"], 4);
    EXPECT_EQ(json::parse(imported.out)["path"], "授权/grant.json");
    EXPECT_FALSE(quotaExceeded());
    // The grant travels in the vault, not as a file to edit: the exported JSON names it.
    ASSERT_EQ(run({"vault", "export-json", unit.vault, dir / "exported"}).exitCode, 0);
    EXPECT_EQ(json::parse(readFile(dir / "exported/submission.json"))["grants"],
              json::array({"授权/grant.json"}));
    EXPECT_TRUE(fs::exists(dir / ("exported/授权/grant.json" + fileSignature())));
}

// The unit's keys, the office's and the fingerprints a person compares are the profile's:
// SM2 with SM3 fingerprints in gm (bundle-gm.md "Keys and fingerprints"), minisign and age
// in intl (bundle.md).
TEST_P(BundleCommandTest, TheKeysAndFingerprintsAreTheProfiles) {
    const auto show = run({"keys", unit.vault, "show", "--json"});
    ASSERT_EQ(show.exitCode, 0) << show.err;
    const json keys = json::parse(show.out);
    EXPECT_EQ(keys.at("profile"), GetParam());
    const std::string unitKey = keys.at("unit_key").at("public_key");
    const std::string recipient = keys.at("office").at("recipient");
    if (gm()) {
        EXPECT_EQ(unitKey.rfind("-----BEGIN PUBLIC KEY-----\n", 0), 0u) << unitKey;
        EXPECT_EQ(keys.at("unit_key").at("fingerprint").get<std::string>().size(), 64u);
        EXPECT_EQ(recipient.size(), 64u) << recipient;
        EXPECT_TRUE(fs::exists(unit.outKeys + "/office.pub.pem"));
        EXPECT_NE(run({"keys", unit.vault, "show"}).out.find("SM3"), std::string::npos);
    } else {
        EXPECT_NO_THROW(crypto::MinisignPublicKey::fromBase64(unitKey)) << unitKey;
        EXPECT_EQ(recipient.rfind("age1", 0), 0u) << recipient;
        EXPECT_TRUE(fs::exists(unit.outKeys + "/office.recipient"));
    }
}

// An office refuses a bundle of the other profile with its own code, before anything else
// (bundle-gm.md "Keys and fingerprints"); a profile it does not know is a usage error.
TEST_P(BundleCommandTest, AnOfficeOfTheOtherProfileRefusesTheBundle) {
    ASSERT_EQ(unit.seal(dir / "out").exitCode, 0);
    const std::string other = dir / "other.bsv";
    const std::string otherProfile = gm() ? "intl" : "gm";
    const auto init = run({"office", "init", other, "--profile", otherProfile, "--kdf-memory-mib",
                           "64", "--kdf-passes", "1", "--json"});
    ASSERT_EQ(init.exitCode, 0) << init.err;
    EXPECT_EQ(json::parse(init.out).at("profile"), otherProfile);
    const auto refused = run({"office", "verify", other, bundle(dir / "out", 1)});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_EQ(errorCodeIn(refused), "profile_mismatch") << refused.err;
    const auto usage = run({"office", "init", dir / "x.bsv", "--profile", "sm9"});
    EXPECT_EQ(usage.exitCode, 2);
    EXPECT_FALSE(fs::exists(dir / "x.bsv"));
}

// One process per profile (tests/CMakeLists.txt ONE_PROCESS), each making its unit once;
// tests are named by their profile ("…/gm").
std::string profileOf(const ::testing::TestParamInfo<std::string>& instance) {
    return instance.param;
}
INSTANTIATE_TEST_SUITE_P(IntlProfile, BundleCommandTest, ::testing::Values("intl"), profileOf);
INSTANTIATE_TEST_SUITE_P(GmProfile, BundleCommandTest, ::testing::Values("gm"), profileOf);

}  // namespace
}  // namespace baosong::test

namespace baosong::test {
namespace {

// `office keys` also writes the key sheet the office prints and stamps for the units, one
// A4 page, and never over a file: a sheet in the way stops the key files too.
TEST(OfficeKeysSheet, WrittenBesideTheKeysAndNeverOverwritten) {
    TempDir dir;
    BundleFlow flow{dir};
    const std::string office = dir / "office.bsv";
    flow.initOffice(office);
    fs::create_directories(dir.path() / "k1");
    const auto written = BundleFlow::run({"office", "keys", office, "--out", dir / "k1", "--json"});
    ASSERT_EQ(written.exitCode, 0) << written.err;
    const json files = json::parse(written.out).at("files");
    EXPECT_NE(std::find(files.begin(), files.end(), dir / "k1/office-keys.pdf"), files.end());
    EXPECT_EQ(readFile(dir / "k1/office-keys.pdf").substr(0, 5), "%PDF-");
    // poppler-utils is a test dependency (deploy/install-deps): missing, this fails.
    EXPECT_TRUE(programAvailable("pdfinfo")) << "pdfinfo (poppler-utils) is not installed";
    if (programAvailable("pdfinfo")) {
        const auto info = runProcess({"pdfinfo", dir / "k1/office-keys.pdf"});
        EXPECT_NE(info.out.find("Pages:           1\n"), std::string::npos) << info.out;
        EXPECT_NE(info.out.find("(A4)"), std::string::npos) << info.out;
    }
    fs::create_directories(dir.path() / "k2");
    writeFile(dir / "k2/office-keys.pdf", "someone else's");
    const auto refused = BundleFlow::run({"office", "keys", office, "--out", dir / "k2"});
    EXPECT_EQ(refused.exitCode, 2) << refused.err;
    EXPECT_FALSE(fs::exists(dir / "k2/office.recipient"));
    EXPECT_EQ(readFile(dir / "k2/office-keys.pdf"), "someone else's");
}

}  // namespace
}  // namespace baosong::test
