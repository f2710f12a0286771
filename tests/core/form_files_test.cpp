// A file chosen in the desktop form is refused at once when saving would refuse it, and is
// named in the vault by its content, never by the name the officer's file had.

#include "core/form_files.h"

#include <gtest/gtest.h>

#include "base/app_error.h"
#include "core/export_payload.h"
#include "core/review_workflow.h"
#include "core/submission_edit.h"
#include "core/submission_import.h"
#include "crypto/sha256.h"
#include "store/photo_metadata_store.h"
#include "store/submission_store.h"
#include "support/error_code.h"
#include "support/jpeg_maker.h"
#include "support/pdf_maker.h"
#include "support/temp_dir.h"
#include "support/vault_fixture.h"

namespace baosong::app {
namespace {

using test::errorCodeOf;

std::vector<std::uint8_t> bytesOf(const std::string& text) {
    return {text.begin(), text.end()};
}

std::string hash16(const std::vector<std::uint8_t>& bytes) {
    return crypto::toHex(crypto::Sha256::of(bytes)).substr(0, 16);
}

TEST(FormFiles, APhotoIsNamedByItsContentAndKeptWhole) {
    const std::vector<std::uint8_t> photo = test::withMetadata(test::idPhoto(7));
    const NewFile chosen = chosenPhoto(photo, "张卫东在某基地.jpg");
    EXPECT_EQ(chosen.path, "照片/" + hash16(photo) + ".jpg");
    EXPECT_EQ(chosen.path.find("基地"), std::string::npos);
    EXPECT_EQ(chosen.bytes, photo) << "saving strips the metadata, choosing keeps the file";
    // The same picture chosen twice is one file.
    EXPECT_EQ(chosenPhoto(photo, "other.jpg").path, chosen.path);
}

TEST(FormFiles, APhotoThatIsNoJpegOrBrokenIsRefusedNow) {
    EXPECT_EQ(errorCodeOf<AppError>([] { chosenPhoto(bytesOf("GIF89a..."), "a.gif"); }),
              "photo_not_jpeg");
    try {
        chosenPhoto(bytesOf("\x89PNG\r\n"), "照片.png");
        FAIL() << "a PNG was taken as a photo";
    } catch (const AppError& e) {
        EXPECT_NE(std::string(e.what()).find("照片.png"), std::string::npos) << e.what();
        EXPECT_EQ(e.kind(), ErrorKind::BadInput);
    }
    // A JPEG cut in its scan: its header reads, but saving could not walk it to its end.
    std::vector<std::uint8_t> cut = test::idPhoto(3);
    cut.resize(cut.size() * 3 / 4);
    EXPECT_EQ(errorCodeOf<AppError>([&] { chosenPhoto(cut, "cut.jpg"); }), "photo_malformed");
}

TEST(FormFiles, AnAttachmentKeepsItsNameInAFolderOfItsContent) {
    const std::vector<std::uint8_t> pdf = bytesOf(test::makePdf());
    const NewFile chosen = chosenAttachment(pdf, "获奖证书.pdf");
    EXPECT_EQ(chosen.path, "附件/" + hash16(pdf) + "/获奖证书.pdf");
    // A name that could lead elsewhere is made one harmless segment.
    const NewFile odd = chosenAttachment(bytesOf("plain text"), "../a/b\x01.txt");
    EXPECT_EQ(odd.path.rfind("附件/", 0), 0U) << odd.path;
    EXPECT_EQ(odd.path,
              "附件/" + hash16(bytesOf("plain text")) + "/" + fileNamePart("../a/b\x01.txt"));
    EXPECT_EQ(odd.path.find('/', std::string("附件/").size() + 17), std::string::npos) << odd.path;
    EXPECT_EQ(odd.path.find('\x01'), std::string::npos) << odd.path;
    EXPECT_EQ(errorCodeOf<AppError>([] { chosenAttachment(bytesOf("%PDF-1.7\nbroken"), "x.pdf"); }),
              "attachment_malformed");
}

TEST(FormFiles, AStoredFileIsReadBackWithWhatIntakeRemoved) {
    test::TempDir dir;
    Vault vault = test::makeVault(dir / "unit.vault");
    const std::vector<std::uint8_t> photo = test::withMetadata(test::idPhoto(5));
    const NewFile chosen = chosenPhoto(photo, "p.jpg");
    EXPECT_EQ(findStoredFileBytes(vault, chosen.path), std::nullopt);
    EXPECT_NE(errorCodeOf<AppError>([&] { storedFileBytes(vault, chosen.path); }), "no error");

    importSubmission(vault, test::writeExampleSubmission(dir / "in"), "officer:test");
    policy::Submission s = loadOrStartSubmission(vault);
    s.candidates.at(0).photo = chosen.path;
    saveSubmission(vault, s, {chosen}, "officer:test");
    const auto stored = findStoredFileBytes(vault, chosen.path);
    ASSERT_TRUE(stored.has_value());
    EXPECT_LT(stored->size(), photo.size()) << "stored without its metadata";
    EXPECT_EQ(storedFileBytes(vault, chosen.path), *stored);
    const std::string removed = storedMetadataSummary(vault, chosen.path);
    EXPECT_NE(removed.find("GPS"), std::string::npos) << removed;
    EXPECT_NE(storedMetadataSummary(vault, chosen.path, Language::English).find("stripped"),
              std::string::npos);
    EXPECT_EQ(storedMetadataSummary(vault, "照片/none.jpg"), "");
}

// review.json, which the reviewer signs, never says "nothing was removed" of a file whose
// record of what was removed cannot be read: the payload is refused as a damaged vault.
TEST(FormFiles, AnUnreadableRemovedRecordStopsThePayload) {
    test::TempDir dir;
    Vault vault = test::makeVault(dir / "unit.vault");
    importSubmission(vault, test::writeExampleSubmission(dir / "in"), "officer:test");
    ASSERT_TRUE(payloadToSignOff(vault).has_value());
    const auto files = SubmissionStore(vault.db()).files();
    ASSERT_FALSE(files.empty());
    PhotoMetadataStore(vault.db()).put(files.front().sha256, R"({"gps":"yes"})");
    EXPECT_EQ(errorCodeOf<AppError>([&] { payloadToSignOff(vault); }), "vault_damaged");
}

}  // namespace
}  // namespace baosong::app
