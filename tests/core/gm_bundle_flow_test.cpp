// Profile "gm" from the unit to the office through app/core (bundle-gm.md): a unit that
// imported a gm office's keys signs off manifest-sm3.txt with its reviewer's SM2 key and
// seals a gm bundle, which the README's openssl commands check as written and the office
// verifies and opens; the other profile's bundle, a changed byte, a changed statement and
// another unit's statement are refused with their codes.

#include <gtest/gtest.h>

#include <filesystem>

#include "base/app_error.h"
#include "core/bundle_seal.h"
#include "core/key_report.h"
#include "core/office_admin.h"
#include "core/office_receive.h"
#include "core/review_workflow.h"
#include "store/office_store.h"
#include "support/error_code.h"
#include "support/process.h"
#include "support/temp_dir.h"
#include "support/vault_fixture.h"

namespace baosong::app {
namespace {

namespace fs = std::filesystem;
using test::errorCodeOf;
using test::readFile;

// One gm office and one unit whose bundle it has enrolled, sealed once for the suite (a
// sealable submission with its photos takes seconds to make).
class GmBundleFlow : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        shared = new test::TempDir();
        const test::TempDir& d = *shared;
        auto [office, unit] = test::makeUnitWithOfficeKeys(d.path(), BundleProfile::Gm);
        enrolUnit(office, readEnrolmentFile(writeEnrolment(unit, d / "enrolment", "officer:test")),
                  "clerk:test");
        test::reviewAndSignOff(unit);
        fs::create_directories(d.path() / "out");
        sealed = new SealResult(sealVault(unit, d / "out", "officer:test"));
    }
    static void TearDownTestSuite() {
        delete sealed;
        delete shared;
    }
    void SetUp() override {
        fs::copy_file(shared->path() / "office.bsv", dir.path() / "office.bsv");
        fs::create_directories(dir.path() / "in");
        for (const auto& entry : fs::directory_iterator(shared->path() / "out")) {
            fs::copy_file(entry.path(), dir.path() / "in" / entry.path().filename());
        }
    }
    Vault office() { return test::openVault(dir / "office.bsv"); }
    std::string bundle() const { return dir / "in" / fs::path(sealed->bundlePath).filename(); }

    static test::TempDir* shared;
    static SealResult* sealed;
    test::TempDir dir;
};
test::TempDir* GmBundleFlow::shared = nullptr;
SealResult* GmBundleFlow::sealed = nullptr;

TEST_F(GmBundleFlow, TheSealWritesTheGmFilesAndAStatement) {
    EXPECT_EQ(sealed->profile, "gm");
    EXPECT_EQ(sealed->signaturePath, sealed->bundlePath + ".sig");
    EXPECT_EQ(sealed->statementPath, sealed->bundlePath + ".statement");
    for (const std::string& path :
         {sealed->bundlePath, sealed->signaturePath, sealed->statementPath, sealed->readmePath}) {
        EXPECT_TRUE(fs::is_regular_file(path)) << path;
    }
    EXPECT_FALSE(fs::exists(sealed->bundlePath + ".minisig"));
    EXPECT_EQ(readFile(sealed->statementPath), sealed->trustedComment);
    EXPECT_EQ(sealed->trustedComment.rfind("baosong/1 profile=gm unit=", 0), 0u);
}

TEST_F(GmBundleFlow, TheReadmesOpensslCommandsCheckTheSealedBundle) {
    BAOSONG_REQUIRE_PROGRAM("openssl");
    fs::copy_file(shared->path() / "keys/office.pem", dir.path() / "in/office.pem");
    test::ProcessOptions options;
    options.workingDirectory = dir / "in";
    const auto run = test::runProcess({"bash", "-c", sealed->checkCommands}, options);
    ASSERT_EQ(run.exitCode, 0) << run.out << run.err;
    EXPECT_EQ(run.out.substr(run.out.size() - 3), "OK\n");
    // The bag holds the SM3 manifests and the DER signatures, and the submission.
    const std::string stem = fs::path(sealed->bundlePath).stem().string();
    for (const char* name :
         {"manifest-sm3.txt", "manifest-sm3.txt.reviewer.sig", "tagmanifest-sm3.txt",
          "tagmanifest-sm3.txt.sig", "data/submission.json"}) {
        EXPECT_TRUE(fs::exists(dir.path() / "in" / stem / name)) << name;
    }
}

TEST_F(GmBundleFlow, TheOfficeVerifiesAndOpensIt) {
    Vault vault = office();
    const VerifiedBundle verified = verifyBundle(vault, bundle());
    EXPECT_EQ(verified.profile, "gm");
    EXPECT_EQ(verified.sha256, sealed->sha256);
    fs::create_directories(dir.path() / "recv");
    const OpenedBundle opened = openBundle(vault, bundle(), dir / "recv", "clerk:test");
    EXPECT_TRUE(fs::exists(fs::path(opened.folder) / "data/submission.json"));
    EXPECT_TRUE(OfficeStore(vault.db()).latest(verified.label.unitId, verified.label.campaign));
    // Received once: the same bundle again is said to be so.
    EXPECT_EQ(errorCodeOf<AppError>([&] { verifyBundle(vault, bundle()); }), "already_received");
}

TEST_F(GmBundleFlow, AChangedByteOrStatementIsRefusedAndNothingIsRecorded) {
    Vault vault = office();
    const std::string original = readFile(bundle());
    std::string flipped = original;
    flipped[flipped.size() / 2] ^= 0x01;
    test::writeFile(bundle(), flipped);
    EXPECT_EQ(errorCodeOf<AppError>([&] { verifyBundle(vault, bundle()); }), "bundle_altered");
    test::writeFile(bundle(), original);

    const std::string statement = readFile(bundle() + ".statement");
    std::string later = statement;
    later.replace(later.find("revision=1"), 10, "revision=2");
    test::writeFile(bundle() + ".statement", later);
    // The statement now names another stem than the file's.
    EXPECT_EQ(errorCodeOf<AppError>([&] { verifyBundle(vault, bundle()); }),
              "signature_other_bundle");
    std::string otherTime = statement;
    otherTime[otherTime.find("sealed=") + 8] ^= 0x01;
    test::writeFile(bundle() + ".statement", otherTime);
    EXPECT_EQ(errorCodeOf<AppError>([&] { verifyBundle(vault, bundle()); }), "statement_altered");
    test::writeFile(bundle() + ".statement", "not a statement\n");
    EXPECT_EQ(errorCodeOf<AppError>([&] { verifyBundle(vault, bundle()); }), "statement_invalid");
    test::writeFile(bundle() + ".statement", statement);
    fs::remove(bundle() + ".sig");
    EXPECT_EQ(errorCodeOf<AppError>([&] { verifyBundle(vault, bundle()); }), "signature_missing");
    fs::create_directories(dir.path() / "recv");
    EXPECT_EQ(errorCodeOf<AppError>([&] { openBundle(vault, bundle(), dir / "recv", "c:t"); }),
              "signature_missing");
    EXPECT_TRUE(fs::is_empty(dir.path() / "recv"));
}

TEST_F(GmBundleFlow, AnIntlOfficeRefusesTheGmBundleByItsProfile) {
    Vault intl = initOfficeVault(dir / "intl.bsv", test::secret(test::kVaultPassphrase),
                                 test::kFastKdf, "clerk:test", BundleProfile::Intl);
    EXPECT_EQ(errorCodeOf<AppError>([&] { verifyBundle(intl, bundle()); }), "profile_mismatch");
}

}  // namespace
}  // namespace baosong::app
