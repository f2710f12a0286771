// Words read before a file is stored (core/file_intake.h WordsReadAhead, what the desktop
// form reads when a file is chosen) are kept only for the very bytes stored, as the same kind
// of file: other bytes are read again, so no content is ever scanned by another's words.

#include "core/file_intake.h"

#include <gtest/gtest.h>

#include "base/app_error.h"
#include "core/contained_file.h"
#include "crypto/sha256.h"
#include "store/file_text_store.h"
#include "store/submission_store.h"
#include "support/document_maker.h"
#include "support/error_code.h"
#include "support/temp_dir.h"
#include "support/vault_fixture.h"

namespace baosong::test {
namespace {

using Kind = policy::FileReference::Kind;

std::vector<std::uint8_t> bytesOf(const std::string& s) {
    return {s.begin(), s.end()};
}

// The words the vault keeps for the file stored at path.
std::string keptWords(app::Vault& vault, const std::string& path) {
    const auto stored = app::SubmissionStore(vault.db()).fileContents(path);
    const auto body =
        app::FileTextStore(vault.db())
            .body(crypto::toHex(crypto::Sha256::of(stored)), app::extract::FileReader::version());
    EXPECT_TRUE(body.has_value()) << path;
    return body.value_or("");
}

class FileIntakeTest : public ::testing::Test {
  protected:
    TempDir dir;
    app::Vault vault = makeVault(dir / "v.bsv");
    app::extract::FileReader reader;
    // A reading that would throw read_cancelled: proves nothing was read at all.
    app::extract::ReadProgress refuse{{}, [] { return true; }};
};

TEST_F(FileIntakeTest, WordsReadAheadAreKeptForTheSameBytesWithoutReadingAgain) {
    const auto pdf = bytesOf(textPdf({"曾在97621部队服役。"}));
    const app::WordsReadAhead ahead = app::readWordsAhead(Kind::Attachment, "附件/a/证明.pdf", pdf);
    EXPECT_NE(ahead.json.find("97621"), std::string::npos);
    app::storeSubmissionFile(vault.db(), Kind::Attachment, "附件/a/证明.pdf", pdf, reader, refuse,
                             &ahead);
    EXPECT_EQ(keptWords(vault, "附件/a/证明.pdf"), ahead.json);
}

TEST_F(FileIntakeTest, WordsReadAheadOfOtherBytesOrAnotherKindAreNotKept) {
    const auto first = bytesOf(textPdf({"第一份：一切正常。"}));
    const auto second = bytesOf(textPdf({"第二份：曾在97621部队服役。"}));
    const app::WordsReadAhead ahead =
        app::readWordsAhead(Kind::Attachment, "附件/a/证明.pdf", first);
    // Other bytes: the words of the first never stand for the second; the second is read.
    EXPECT_EQ(errorCodeOf<app::AppError>([&] {
                  app::storeSubmissionFile(vault.db(), Kind::Attachment, "附件/b/证明.pdf", second,
                                           reader, refuse, &ahead);
              }),
              "read_cancelled");
    app::storeSubmissionFile(vault.db(), Kind::Attachment, "附件/b/证明.pdf", second, reader, {},
                             &ahead);
    const std::string kept = keptWords(vault, "附件/b/证明.pdf");
    EXPECT_NE(kept.find("97621"), std::string::npos);
    EXPECT_EQ(kept.find("一切正常"), std::string::npos);

    // The same bytes as a stamped scan: read again as what they are now.
    app::WordsReadAhead otherKind = ahead;
    otherKind.kind = Kind::Stamped;
    EXPECT_EQ(errorCodeOf<app::AppError>([&] {
                  app::storeSubmissionFile(vault.db(), Kind::Attachment, "附件/c/证明.pdf", first,
                                           reader, refuse, &otherKind);
              }),
              "read_cancelled");
}

// An imported PDF reaches qpdf as a stream of the file still on disk: it is stored as the
// same bytes, with the same words, as when it is given in memory; a file whose size changed
// after it was checked is refused and leaves nothing.
TEST_F(FileIntakeTest, APdfReadFromItsFileIsStoredAsFromMemory) {
    const std::string pdf = textPdf({"曾在97621部队服役。"});
    writeFile(dir / "证明.pdf", pdf);
    app::storeSubmissionFile(vault.db(), Kind::Attachment, "附件/a/证明.pdf", bytesOf(pdf), reader);
    const app::ContainedFile file(dir.path().string(), "证明.pdf");
    ASSERT_EQ(file.state(), app::ContainedFile::State::Ok);
    app::storeSubmissionFile(vault.db(), Kind::Attachment, "附件/b/证明.pdf", file, reader);
    app::SubmissionStore store(vault.db());
    EXPECT_EQ(store.fileContents("附件/b/证明.pdf"), store.fileContents("附件/a/证明.pdf"));
    EXPECT_EQ(keptWords(vault, "附件/b/证明.pdf"), keptWords(vault, "附件/a/证明.pdf"));
    EXPECT_NE(keptWords(vault, "附件/b/证明.pdf").find("97621"), std::string::npos);

    writeFile(dir / "变了.pdf", pdf);
    const app::ContainedFile changing(dir.path().string(), "变了.pdf");
    writeFile(dir / "变了.pdf", pdf + "\n% appended after the size was checked\n");
    {
        app::SqliteTransaction tx(vault.db());
        EXPECT_EQ(errorCodeOf<app::AppError>([&] {
                      app::storeSubmissionFile(vault.db(), Kind::Attachment, "附件/c/变了.pdf",
                                               changing, reader);
                  }),
                  "input_changed");
    }
    EXPECT_FALSE(store.findFileContents("附件/c/变了.pdf").has_value());
}

}  // namespace
}  // namespace baosong::test
