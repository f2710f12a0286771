#include "core/submission_import.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "base/app_error.h"
#include "core/submission_export.h"
#include "crypto/sha256.h"
#include "intake/metadata_summary.h"
#include "store/audit_log.h"
#include "store/photo_metadata_store.h"
#include "store/submission_store.h"
#include "support/pdf_maker.h"
#include "support/temp_dir.h"
#include "support/vault_fixture.h"

namespace baosong::app {
namespace {

using nlohmann::json;

class ImportTest : public ::testing::Test {
  protected:
    void SetUp() override {
        std::filesystem::create_directories(dir.path() / "in");
        source = test::writeExampleSubmission(dir / "in", 5000);
        vault.emplace(test::makeVault(dir / "v.bsv"));
    }
    AppError importFailure(const std::string& jsonPath) {
        try {
            importSubmission(*vault, jsonPath, "officer:test");
        } catch (const AppError& e) {
            return e;
        }
        ADD_FAILURE() << "import succeeded";
        return AppError(ErrorKind::Problem, "none", Text("internal_unknown"));
    }
    // Writes a variant of the example with edit applied, beside the example's photos.
    std::string variant(const std::function<void(json&)>& edit) {
        json doc = json::parse(test::readFile(source));
        edit(doc);
        const std::string path = dir / "in/variant.json";
        test::writeFile(path, doc.dump());
        return path;
    }
    void expectVaultUntouched() {
        EXPECT_FALSE(SubmissionStore(vault->db()).load().has_value());
        EXPECT_TRUE(SubmissionStore(vault->db()).files().empty());
        EXPECT_EQ(AuditLog(vault->db()).entries().size(), 1u);  // just vault.init
    }

    test::TempDir dir;
    std::string source;
    std::optional<Vault> vault;
};

TEST_F(ImportTest, ImportThenExportGivesTheSameSubmissionAndPhotos) {
    const auto summary = importSubmission(*vault, source, "officer:test");
    EXPECT_EQ(summary.candidates, 2u);
    EXPECT_EQ(summary.files, 9u);  // five photos, four stamped scans
    std::uint64_t scans = 0;
    for (const char* scan : {"盖章版/推荐表-张卫东.pdf", "盖章版/推荐表-李思源.pdf",
                             "盖章版/汇总表.pdf", "盖章版/推荐工作情况报告.pdf"}) {
        scans += test::readFile(dir / (std::string("in/") + scan)).size();
    }
    EXPECT_EQ(summary.bytes, 25000u + scans);

    exportSubmission(*vault, dir / "out", "officer:test");
    EXPECT_EQ(json::parse(test::readFile(dir / "out/submission.json")),
              json::parse(test::readFile(source)));
    for (const char* photo :
         {"photos/张卫东_证件照.jpg", "photos/张卫东3.jpg", "photos/李思源_证件照.jpg"}) {
        EXPECT_EQ(test::readFile(dir / (std::string("out/") + photo)),
                  test::readFile(dir / (std::string("in/") + photo)))
            << photo;
    }
    const auto log = AuditLog(vault->db()).entries();
    ASSERT_EQ(log.size(), 3u);
    EXPECT_EQ(log[1].action, "vault.import");
    EXPECT_EQ(log[2].action, "vault.export_json");
    EXPECT_TRUE(AuditLog(vault->db()).verify().intact);
}

TEST_F(ImportTest, ReimportReplacesEverythingAndDropsUnusedPhotos) {
    importSubmission(*vault, source, "officer:test");
    const std::string smaller = variant([](json& d) {
        d["candidates"].erase(0);
        d["revision"] = 2;
    });
    importSubmission(*vault, smaller, "officer:test");
    SubmissionStore store(vault->db());
    EXPECT_EQ(store.load()->candidates.size(), 1u);
    // 李思源's ID photo and stamped 推荐表 are left, and the stamped 汇总表 and report.
    EXPECT_EQ(store.files().size(), 4u);
    EXPECT_FALSE(store.findFileContents("盖章版/推荐表-张卫东.pdf").has_value());
    auto count = vault->db().prepare("SELECT count(*) FROM blobs");
    count.step();
    EXPECT_EQ(count.integer(0), 4);
}

TEST_F(ImportTest, UnknownKeyNamesThePathAndImportsNothing) {
    const auto e = importFailure(variant([](json& d) { d["candidates"][1]["birthday"] = "x"; }));
    EXPECT_EQ(e.kind(), ErrorKind::BadInput);
    EXPECT_EQ(e.code(), "unknown_key");
    EXPECT_NE(std::string(e.what()).find("candidates[1].birthday"), std::string::npos);
    expectVaultUntouched();
}

// A scan that is a PDF enters without its metadata, and the reviewer is told what it
// said; a file that only claims to be a PDF stops the import with nothing changed.
TEST_F(ImportTest, PdfAttachmentsLoseTheirMetadataAndFakesAreRefused) {
    test::PdfMaking making;
    making.author = "OldAuthorName";
    making.xmp = true;
    test::writeFile(dir / "in/scan.pdf", test::makePdf(making));
    test::writeFile(dir / "in/fake.pdf", "%PDF-1.4 certificate scan");

    const auto e = importFailure(variant([](json& d) {
        d["candidates"][0]["attachments"] = {"scan.pdf", "fake.pdf"};
    }));
    EXPECT_EQ(e.kind(), ErrorKind::BadInput);
    EXPECT_EQ(e.code(), "attachment_malformed");
    EXPECT_NE(std::string(e.what()).find("fake.pdf"), std::string::npos);
    expectVaultUntouched();

    importSubmission(*vault,
                     variant([](json& d) { d["candidates"][0]["attachments"] = {"scan.pdf"}; }),
                     "officer:test");
    const auto bytes = SubmissionStore(vault->db()).fileContents("scan.pdf");
    const std::string stored(bytes.begin(), bytes.end());
    EXPECT_EQ(stored.substr(0, 5), "%PDF-");
    EXPECT_EQ(stored.find("OldAuthorName"), std::string::npos);
    const std::string summary =
        app::intake::metadataSummary(PhotoMetadataStore(vault->db())
                                         .removed(crypto::toHex(crypto::Sha256::of(bytes)))
                                         .value_or(""));
    EXPECT_NE(summary.find("已清除：文档信息 Author, XMP"), std::string::npos) << summary;
    EXPECT_NE(summary.find("OldAuthorName"), std::string::npos) << summary;
}

TEST_F(ImportTest, WrongTypeNamesThePath) {
    const auto e = importFailure(variant([](json& d) { d["candidates"][0]["birth"] = 1972; }));
    EXPECT_EQ(e.code(), "wrong_type");
    EXPECT_NE(std::string(e.what()).find("candidates[0].birth"), std::string::npos);
    expectVaultUntouched();
}

TEST_F(ImportTest, MissingPhotosAreAllNamed) {
    std::filesystem::remove(dir / "in/photos/张卫东2.jpg");
    std::filesystem::remove(dir / "in/photos/李思源_证件照.jpg");
    const auto e = importFailure(source);
    EXPECT_EQ(e.code(), "file_missing");
    const std::string message = e.what();
    EXPECT_NE(message.find("candidates[0].life_photos[1]：photos/张卫东2.jpg"), std::string::npos);
    EXPECT_NE(message.find("candidates[1].photo：photos/李思源_证件照.jpg"), std::string::npos);
    expectVaultUntouched();
}

TEST_F(ImportTest, PathsThatEscapeTheFolderAreRefused) {
    for (const char* bad : {"../outside.jpg", "/etc/passwd", "photos/../../x.jpg", "photos//a.jpg",
                            "photos\\a.jpg", "photos/\x01.jpg", "./a.jpg"}) {
        const auto e = importFailure(variant([&](json& d) { d["candidates"][0]["photo"] = bad; }));
        // A control character is refused as text before the path is judged.
        EXPECT_EQ(e.code(), std::string_view(bad).find('\x01') == std::string_view::npos
                                ? "path_unsafe"
                                : "control_character")
            << bad;
        EXPECT_NE(std::string(e.what()).find("candidates[0].photo"), std::string::npos);
    }
    expectVaultUntouched();
}

TEST_F(ImportTest, SymbolicLinksCannotPullInOutsideFiles) {
    // A prepared stick: one photo is a link to a file outside the submission's folder.
    test::writeFile(dir / "outside-secret.txt", "secret of another office");
    std::filesystem::remove(dir / "in/photos/张卫东1.jpg");
    std::filesystem::create_symlink(dir / "outside-secret.txt", dir / "in/photos/张卫东1.jpg");
    auto e = importFailure(source);
    EXPECT_EQ(e.code(), "file_missing");
    EXPECT_NE(std::string(e.what()).find("符号链接"), std::string::npos) << e.what();

    // The whole photos folder a link to somewhere else.
    std::filesystem::rename(dir / "in/photos", dir / "elsewhere");
    std::filesystem::create_directory_symlink(dir / "elsewhere", dir / "in/photos");
    e = importFailure(source);
    EXPECT_NE(std::string(e.what()).find("符号链接"), std::string::npos) << e.what();
    expectVaultUntouched();
}

TEST_F(ImportTest, FolderWhereAPhotoShouldBeIsNamed) {
    std::filesystem::remove(dir / "in/photos/张卫东2.jpg");
    std::filesystem::create_directory(dir / "in/photos/张卫东2.jpg");
    const auto e = importFailure(source);
    EXPECT_NE(std::string(e.what()).find("photos/张卫东2.jpg 不是普通文件"), std::string::npos)
        << e.what();
    expectVaultUntouched();
}

TEST_F(ImportTest, AFileMayNotTakeTheDocumentsName) {
    test::writeFile(dir / "in/submission2.json", "x");
    const auto e = importFailure(
        variant([](json& d) { d["candidates"][0]["attachments"] = {"submission.json"}; }));
    EXPECT_EQ(e.code(), "path_unsafe");
    expectVaultUntouched();
}

TEST_F(ImportTest, SubmissionOfAnotherUnitIsRefused) {
    auto e = importFailure(variant([](json& d) { d["unit"]["id"] = "91110000100000000X"; }));
    EXPECT_EQ(e.code(), "submission_other_unit");
    e = importFailure(variant([](json& d) { d["campaign"] = "nmg-zuimei-2024"; }));
    EXPECT_EQ(e.code(), "submission_other_unit");
    expectVaultUntouched();
}

TEST_F(ImportTest, UnreadableSourcesAreBadInput) {
    EXPECT_EQ(importFailure(dir / "in/nope.json").code(), "input_missing");
    EXPECT_EQ(importFailure(dir / "in").code(), "input_not_file");
    test::writeFile(dir / "in/bad.json", "{\"format\":");
    EXPECT_EQ(importFailure(dir / "in/bad.json").code(), "json_syntax");
    expectVaultUntouched();
}

TEST_F(ImportTest, ExportNeverOverwrites) {
    importSubmission(*vault, source, "officer:test");
    std::filesystem::create_directories(dir.path() / "taken");
    test::writeFile(dir / "taken/keep.txt", "keep");
    EXPECT_THROW(exportSubmission(*vault, dir / "taken", "officer:test"), AppError);
    EXPECT_EQ(test::readFile(dir / "taken/keep.txt"), "keep");
    EXPECT_THROW(exportSubmission(*vault, dir / "no/parent", "officer:test"), AppError);
}

TEST_F(ImportTest, ExportOfEmptyVaultSaysWhatToDo) {
    try {
        exportSubmission(*vault, dir / "out", "officer:test");
        FAIL();
    } catch (const AppError& e) {
        EXPECT_EQ(e.code(), "vault_empty");
        EXPECT_NE(std::string(e.what()).find("vault import"), std::string::npos);
    }
    EXPECT_FALSE(std::filesystem::exists(dir / "out"));
}

TEST_F(ImportTest, GrantTravelsWithItsSignature) {
    test::writeFile(dir / "in/grants/g.json", "{\"format\":\"baosong.grant/1\"}");
    test::writeFile(dir / "in/grants/g.json.minisig", "signature");
    importSubmission(*vault, variant([](json& d) { d["grants"] = {"grants/g.json"}; }),
                     "officer:test");
    SubmissionStore store(vault->db());
    EXPECT_EQ(store.fileContents("grants/g.json.minisig"),
              std::vector<std::uint8_t>({'s', 'i', 'g', 'n', 'a', 't', 'u', 'r', 'e'}));
}

}  // namespace
}  // namespace baosong::app
