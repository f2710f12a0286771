// The seal sends the documents kept at the sign-off (store/signed_document_store.h): the
// bytes the reviewer signed, without making every document again. A kept document that
// differs from what was signed cannot leave, and a sign-off that kept none (made before
// vault schema 10) still seals, with documents made at the seal.

#include <gtest/gtest.h>

#include <filesystem>

#include "base/app_error.h"
#include "core/bundle_seal.h"
#include "core/export_payload.h"
#include "core/review_workflow.h"
#include "store/signed_document_store.h"
#include "support/error_code.h"
#include "support/temp_dir.h"
#include "support/vault_fixture.h"

namespace baosong::app {
namespace {

namespace fs = std::filesystem;

// One unit signed off and ready to seal for the suite (a sealable submission with its
// photos takes seconds to make); each test works on its own copy.
class SignedDocuments : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        shared = new test::TempDir();
        const test::TempDir& d = *shared;
        auto made = test::makeUnitWithOfficeKeys(d.path(), bundle::BundleProfile::Intl);
        test::reviewAndSignOff(made.unit);
    }
    static void TearDownTestSuite() { delete shared; }
    static Vault copyOfTheUnit(const test::TempDir& into) {
        fs::copy_file(shared->path() / "unit.bsv", into.path() / "unit.bsv");
        fs::create_directories(into.path() / "out");
        return test::openVault(into / "unit.bsv");
    }

    static test::TempDir* shared;
    test::TempDir dir;
    Vault unit = copyOfTheUnit(dir);
};
test::TempDir* SignedDocuments::shared = nullptr;

TEST_F(SignedDocuments, TheSignOffKeepsItsDocumentsAndTheSealTakesThem) {
    const auto kept = SignedDocumentStore(unit.db()).load();
    ASSERT_TRUE(kept.has_value());
    // 推荐表 (Word, PDF) per candidate, 汇总表 (Word, Excel, PDF), 推荐工作情况报告 (Word, PDF).
    EXPECT_GE(kept->size(), 7U);
    const ExportPayload made = buildExportPayload(unit.db());
    EXPECT_EQ(*kept, payloadDocuments(made));
    const ExportPayload sealed = buildExportPayload(unit.db(), PayloadDocuments::AsSignedOff);
    EXPECT_EQ(sealed.manifest(), made.manifest());
    EXPECT_TRUE(sealRefusals(unit, &sealed).empty());
}

TEST_F(SignedDocuments, AKeptDocumentThatDiffersFromWhatWasSignedCannotLeave) {
    auto kept = *SignedDocumentStore(unit.db()).load();
    kept.front().second += " ";
    SignedDocumentStore(unit.db()).replace(kept);
    const ExportPayload sealed = buildExportPayload(unit.db(), PayloadDocuments::AsSignedOff);
    EXPECT_NE(sealed.manifest(), buildExportPayload(unit.db()).manifest());
    bool voided = false;
    for (const SealRefusal& r : sealRefusals(unit, &sealed)) {
        voided = voided || r.reason == SealRefusal::Reason::SignOffVoid;
    }
    EXPECT_TRUE(voided);
    EXPECT_EQ(test::errorCodeOf<AppError>([&] { sealVault(unit, dir / "out", "officer:test"); }),
              "seal_refused");
    EXPECT_TRUE(fs::is_empty(dir.path() / "out"));
}

TEST_F(SignedDocuments, ASignOffThatKeptNoneSealsWithDocumentsMadeNow) {
    unit.db().exec("DELETE FROM signed_documents");
    EXPECT_FALSE(SignedDocumentStore(unit.db()).load().has_value());
    const SealResult sealed = sealVault(unit, dir / "out", "officer:test");
    EXPECT_TRUE(fs::is_regular_file(sealed.bundlePath));
}

}  // namespace
}  // namespace baosong::app
