#include "store/vault.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>

#include "base/app_error.h"
#include "core/vault_identity.h"
#include "store/submission_store.h"
#include "store/vault_schema.h"
#include "support/temp_dir.h"
#include "support/vault_fixture.h"

namespace baosong::app {
namespace {

using test::secret;

AppError failureOf(const std::function<void()>& action) {
    try {
        action();
    } catch (const AppError& e) {
        return e;
    }
    ADD_FAILURE() << "no error";
    return AppError(ErrorKind::Problem, "none", Text("internal_unknown"));
}

void flipByte(const std::string& path, std::streamoff offset) {
    std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
    f.seekg(offset);
    char c = 0;
    f.get(c);
    f.seekp(offset);
    f.put(static_cast<char>(c ^ 0x40));
}

class VaultTest : public ::testing::Test {
  protected:
    test::TempDir dir;
    std::string path = dir / "unit.bsv";
};

TEST_F(VaultTest, CreateThenOpen) {
    { test::makeVault(path); }
    Vault vault = test::openVault(path);
    const VaultIdentity id = loadIdentity(vault.db());
    EXPECT_EQ(id.unitId, "91150200MA0N8XQ313");
    EXPECT_EQ(id.channel, "defense_unit");
    EXPECT_EQ(vault.kdfParams(), test::kFastKdf);
}

TEST_F(VaultTest, FileIsPrivateAndStartsWithOurHeader) {
    test::makeVault(path);
    struct stat st {};
    ASSERT_EQ(::stat(path.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
    const std::string head = test::readFile(path).substr(0, 5);
    EXPECT_EQ(head[0], 'B');
    EXPECT_EQ(head[1], 'S');
    EXPECT_EQ(head[2], '\x01');
    EXPECT_EQ(head[3], 23);  // log2(8 MiB)
    EXPECT_EQ(head[4], 1);   // passes
}

TEST_F(VaultTest, NothingReadableInTheFile) {
    {
        Vault vault = test::makeVault(path);
        SqliteTransaction tx(vault.db());
        const std::string marker = "UNMISTAKABLE-PLAINTEXT-MARKER";
        SubmissionStore(vault.db())
            .putFile("photos/a.jpg", std::vector<std::uint8_t>(marker.begin(), marker.end()));
        tx.commit();
    }
    const std::string bytes = test::readFile(path);
    EXPECT_EQ(bytes.find("UNMISTAKABLE"), std::string::npos);
    EXPECT_EQ(bytes.find("91150200MA0N8XQ313"), std::string::npos);
    EXPECT_EQ(bytes.find("SQLite format"), std::string::npos);
}

TEST_F(VaultTest, WrongPassphraseChangesNoByte) {
    test::makeVault(path);
    const std::string before = test::readFile(path);
    const auto e = failureOf([&] { Vault::open(path, secret("wrong passphrase"), std::nullopt); });
    EXPECT_EQ(e.kind(), ErrorKind::Locked);
    EXPECT_EQ(e.code(), "wrong_passphrase");
    EXPECT_EQ(test::readFile(path), before);
    EXPECT_FALSE(std::filesystem::exists(path + "-journal"));
}

TEST_F(VaultTest, NonVaultFilesAreRefusedAsBadInput) {
    test::writeFile(path, "just some text, not a vault at all");
    EXPECT_EQ(failureOf([&] { test::openVault(path); }).code(), "not_a_vault");
    test::writeFile(path, "");
    EXPECT_EQ(failureOf([&] { test::openVault(path); }).code(), "not_a_vault");
    EXPECT_EQ(failureOf([&] { test::openVault(dir / "missing.bsv"); }).code(), "vault_missing");
    EXPECT_EQ(failureOf([&] { test::openVault(dir.path().string()); }).code(), "not_a_vault");
    // A plain (unencrypted) SQLite database is not a vault either.
    test::writeFile(path, std::string("SQLite format 3\0", 16) + std::string(4080, '\0'));
    EXPECT_EQ(failureOf([&] { test::openVault(path); }).kind(), ErrorKind::BadInput);
}

TEST_F(VaultTest, TruncatedVaultIsReportedAsDamaged) {
    test::makeVault(path);
    std::filesystem::resize_file(path, std::filesystem::file_size(path) - 100);
    const auto e = failureOf([&] { test::openVault(path); });
    EXPECT_EQ(e.code(), "vault_corrupt");
    EXPECT_EQ(e.kind(), ErrorKind::BadInput);
}

TEST_F(VaultTest, DamageBeyondTheFirstPageIsReportedAsDamage) {
    test::makeVault(path);
    flipByte(path, 4096 * 3 + 200);
    const auto e = failureOf([&] { test::openVault(path); });
    EXPECT_EQ(e.code(), "vault_corrupt");
    EXPECT_EQ(e.kind(), ErrorKind::BadInput);
}

TEST_F(VaultTest, FutureFormatVersionIsRefused) {
    test::makeVault(path);
    flipByte(path, 2);
    EXPECT_EQ(failureOf([&] { test::openVault(path); }).code(), "vault_version_unsupported");
}

// A vault made by an older baosong is brought to the current schema on opening, its data
// kept (VAULT_FORMAT.md "Schema"); a vault from a newer baosong is refused, unchanged.
TEST_F(VaultTest, AnOlderSchemaIsMigratedAndANewerOneRefused) {
    {
        Vault vault = test::makeVault(path);
        // Schema 3, as the release before the void sign-off made it.
        vault.db().exec(
            "ALTER TABLE review_signoff DROP COLUMN voided_at;"
            "ALTER TABLE review_signoff DROP COLUMN voided_cause;"
            "DROP TABLE office_decisions;"
            "DROP TABLE received_files;"
            "DROP TABLE stamped_basis;"
            "ALTER TABLE office_public DROP COLUMN profile;"
            "ALTER TABLE enrolments DROP COLUMN profile;"
            "ALTER TABLE blobs DROP COLUMN sm3;"
            "DROP TABLE file_text;"
            "DROP TABLE signed_documents;"
            "PRAGMA user_version = 3;");
    }
    {
        Vault vault = test::openVault(path);
        auto version = vault.db().prepare("PRAGMA user_version");
        ASSERT_TRUE(version.step());
        EXPECT_EQ(version.integer(0), currentVaultSchemaVersion());
        // The columns schema 4 adds are there, and the data from before is kept.
        EXPECT_NO_THROW(vault.db().prepare("SELECT voided_at, voided_cause FROM review_signoff"));
        // And the table schema 5 adds.
        EXPECT_NO_THROW(vault.db().prepare("SELECT opinion, decision FROM office_decisions"));
        EXPECT_NO_THROW(vault.db().prepare("SELECT path, data FROM received_files"));
        // And the one schema 6 adds.
        EXPECT_NO_THROW(vault.db().prepare("SELECT path, basis FROM stamped_basis"));
        // And the columns schema 7 adds, rows before it being "intl" with no SM3.
        EXPECT_NO_THROW(vault.db().prepare("SELECT profile FROM office_public"));
        EXPECT_NO_THROW(vault.db().prepare("SELECT profile FROM enrolments"));
        auto blobs = vault.db().prepare("SELECT count(*) FROM blobs WHERE sm3 != ''");
        ASSERT_TRUE(blobs.step());
        EXPECT_EQ(blobs.integer(0), 0);
        // And the table of files' words schema 8 adds.
        EXPECT_NO_THROW(vault.db().prepare("SELECT sha256, reader, body FROM file_text"));
        // And the signed-off documents schema 10 adds.
        EXPECT_NO_THROW(vault.db().prepare("SELECT path, data FROM signed_documents"));
        EXPECT_EQ(loadIdentity(vault.db()).unitId, "91150200MA0N8XQ313");
        // Opening a current vault migrates nothing a second time.
        migrateVaultSchema(vault.db());
        vault.db().exec("PRAGMA user_version = " + std::to_string(currentVaultSchemaVersion() + 1));
    }
    EXPECT_EQ(failureOf([&] { test::openVault(path); }).code(), "vault_schema_newer");
}

// Schema 8 kept each file's SM3 after its bytes, so listing the files decrypted every
// stored byte (SQLite walks a value's overflow pages to reach the columns after it).
// Schema 9 rebuilds blobs with the bytes last; what was stored is kept as it was.
void makeSchema8Blobs(SqliteDatabase& db) {
    db.exec("PRAGMA foreign_keys = OFF");
    db.exec(
        "CREATE TABLE blobs_8(sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL, data BLOB NOT "
        "NULL, sm3 TEXT NOT NULL DEFAULT '') STRICT;"
        "INSERT INTO blobs_8 SELECT sha256, size, data, sm3 FROM blobs;"
        "DROP TABLE blobs;"
        "ALTER TABLE blobs_8 RENAME TO blobs;"
        "DROP TABLE signed_documents;"
        "PRAGMA user_version = 8;");
}

std::vector<std::string> blobColumns(SqliteDatabase& db) {
    std::vector<std::string> names;
    auto columns = db.prepare("SELECT name FROM pragma_table_info('blobs') ORDER BY cid");
    while (columns.step()) {
        names.push_back(columns.text(0));
    }
    return names;
}

TEST_F(VaultTest, Schema9PutsEachFilesBytesLastAndKeepsEveryFile) {
    const std::vector<std::uint8_t> scan(3 * 1024 * 1024, 0x5a);  // overflow pages
    StoredFile stored;
    {
        Vault vault = test::makeVault(path);
        stored = SubmissionStore(vault.db()).putFile("attachments/证书.pdf", scan);
        makeSchema8Blobs(vault.db());
        ASSERT_EQ(blobColumns(vault.db()),
                  (std::vector<std::string>{"sha256", "size", "data", "sm3"}));
    }
    Vault vault = test::openVault(path);
    EXPECT_EQ(blobColumns(vault.db()), (std::vector<std::string>{"sha256", "size", "sm3", "data"}));
    SubmissionStore files(vault.db());
    const auto listed = files.files();
    ASSERT_EQ(listed.size(), 1U);
    EXPECT_EQ(listed[0].path, "attachments/证书.pdf");
    EXPECT_EQ(listed[0].sha256, stored.sha256);
    EXPECT_EQ(listed[0].sm3, stored.sm3);
    EXPECT_EQ(listed[0].size, static_cast<std::int64_t>(scan.size()));
    EXPECT_EQ(files.fileContents("attachments/证书.pdf"), scan);
    // Foreign keys are on again: a file naming no stored content is refused.
    EXPECT_ANY_THROW(vault.db().exec("INSERT INTO files(path, sha256) VALUES('x', 'none')"));
}

// A schema-8 vault whose files name content it does not hold is not half-migrated: the
// upgrade is refused as damage and the file keeps its schema.
TEST_F(VaultTest, Schema9RefusesAVaultWithBrokenFileReferencesAndLeavesIt) {
    {
        Vault vault = test::makeVault(path);
        SubmissionStore(vault.db()).putFile("photos/a.jpg", std::vector<std::uint8_t>(10, 1));
        makeSchema8Blobs(vault.db());
        vault.db().exec("INSERT INTO files(path, sha256) VALUES('photos/b.jpg', 'gone')");
    }
    const std::string before = test::readFile(path);
    EXPECT_EQ(failureOf([&] { test::openVault(path); }).code(), "vault_corrupt");
    EXPECT_EQ(test::readFile(path), before);
}

TEST_F(VaultTest, ExistingFileIsNeverOverwritten) {
    test::writeFile(path, "precious");
    EXPECT_EQ(failureOf([&] { test::makeVault(path); }).code(), "target_exists");
    EXPECT_EQ(test::readFile(path), "precious");
}

TEST_F(VaultTest, FailedCreationLeavesNoFile) {
    const auto e = failureOf([&] {
        Vault::create(path, secret(test::kVaultPassphrase), test::kFastKdf, [](SqliteDatabase& db) {
            db.exec("INSERT INTO meta(key, value) VALUES('campaign', 'x')");
            throw AppError(ErrorKind::Problem, "injected",
                           Text("internal").with("detail", "injected failure"));
        });
    });
    EXPECT_EQ(e.code(), "injected");
    EXPECT_TRUE(std::filesystem::is_empty(dir.path())) << "left: " << test::snapshot(dir.path());
}

TEST_F(VaultTest, CreationInMissingFolderFailsCleanly) {
    const auto e = failureOf([&] { test::makeVault(dir / "no/such/folder/v.bsv"); });
    EXPECT_EQ(e.kind(), ErrorKind::BadInput);
    EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
}

TEST_F(VaultTest, PassphraseChangeReencryptsEverything) {
    {
        Vault vault = test::makeVault(path);
        const crypto::Argon2idParams stronger{2, std::uint64_t{16} << 20};
        vault.changePassphrase(secret("a brand new passphrase"), stronger, [](SqliteDatabase&) {});
        EXPECT_EQ(vault.kdfParams(), stronger);
        EXPECT_EQ(loadIdentity(vault.db()).unitId, "91150200MA0N8XQ313");  // still usable
    }
    EXPECT_EQ(failureOf([&] { test::openVault(path); }).kind(), ErrorKind::Locked);
    Vault reopened = Vault::open(path, secret("a brand new passphrase"), std::nullopt);
    EXPECT_EQ(loadIdentity(reopened.db()).unitName, "内蒙古北方特种装备研究所");
    EXPECT_EQ(reopened.kdfParams().passes, 2u);
    // Only the vault is left: no temporary copy beside it.
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path())) {
        ++files;
    }
    EXPECT_EQ(files, 1u);
}

TEST_F(VaultTest, FailedPassphraseChangeKeepsTheOldVault) {
    Vault vault = test::makeVault(path);
    const auto e = failureOf([&] {
        vault.changePassphrase(secret("another passphrase"), test::kFastKdf, [](SqliteDatabase&) {
            throw AppError(ErrorKind::Problem, "injected",
                           Text("internal").with("detail", "injected failure"));
        });
    });
    EXPECT_EQ(e.code(), "injected");
    EXPECT_NO_THROW(test::openVault(path));
    EXPECT_EQ(loadIdentity(vault.db()).unitId, "91150200MA0N8XQ313");
}

// A process killed mid-transaction leaves pages of the new state in the file and the old
// ones in a hot journal. Made here deterministically: copy the file and its journal while
// a transaction that rewrote the schema has spilled to disk. Opening the copy must roll
// back to the state before, not call the half-written file damaged.
TEST_F(VaultTest, InterruptedTransactionIsRolledBackOnOpen) {
    const std::string copy = dir / "copy.bsv";
    {
        Vault vault = test::makeVault(path);
        auto& db = vault.db();
        db.exec("PRAGMA cache_size = 2");  // spill changed pages into the file early
        db.exec("BEGIN IMMEDIATE");
        db.exec("CREATE TABLE scratch(x BLOB)");
        auto insert = db.prepare("INSERT INTO scratch(x) VALUES(randomblob(3000))");
        for (int i = 0; i < 300; ++i) {
            insert.run();
            insert.reset();
        }
        db.exec("DROP TABLE meta");
        ASSERT_TRUE(std::filesystem::exists(path + "-journal"));
        std::filesystem::copy_file(path, copy);
        std::filesystem::copy_file(path + "-journal", copy + "-journal");
        db.exec("ROLLBACK");
    }
    ASSERT_GT(std::filesystem::file_size(copy), std::filesystem::file_size(path));
    Vault reopened = Vault::open(copy, secret(test::kVaultPassphrase), std::nullopt);
    EXPECT_EQ(loadIdentity(reopened.db()).unitId, "91150200MA0N8XQ313");  // meta is back
    auto scratch =
        reopened.db().prepare("SELECT count(*) FROM sqlite_master WHERE name = 'scratch'");
    ASSERT_TRUE(scratch.step());
    EXPECT_EQ(scratch.integer(0), 0);
    EXPECT_FALSE(std::filesystem::exists(copy + "-journal"));
}

TEST_F(VaultTest, PassphraseChangeHoldsTheVaultExclusively) {
    Vault vault = test::makeVault(path);
    std::string otherOpener = "not tried";
    vault.changePassphrase(secret("a brand new passphrase"), test::kFastKdf, [&](SqliteDatabase&) {
        // Between the copy and the replacement nobody else may read or write the old file.
        otherOpener = failureOf([&] { test::openVault(path); }).code();
    });
    EXPECT_EQ(otherOpener, "vault_busy");
    // Released afterwards: the new vault opens.
    EXPECT_NO_THROW(Vault::open(path, secret("a brand new passphrase"), std::nullopt));
}

TEST_F(VaultTest, FailedPassphraseChangeReleasesTheLock) {
    Vault vault = test::makeVault(path);
    EXPECT_THROW(vault.changePassphrase(secret("another passphrase"), test::kFastKdf,
                                        [](SqliteDatabase&) {
                                            throw AppError(ErrorKind::Problem, "injected",
                                                           Text("internal").with("detail", "x"));
                                        }),
                 AppError);
    EXPECT_NO_THROW(test::openVault(path));
}

// SQLCipher and libsqlite3 export the same symbols: if both were loaded, which one
// answers would be up to the dynamic linker.
TEST(VaultLinkage, PlainSqliteIsNeverLoaded) {
    test::TempDir dir;
    test::makeVault(dir / "v.bsv");
    const std::string maps = test::readFile("/proc/self/maps");
    EXPECT_NE(maps.find("libsqlcipher"), std::string::npos);
    EXPECT_EQ(maps.find("libsqlite3"), std::string::npos);
}

// The SQLCipher format is pinned after keying (VAULT_FORMAT.md "Opening"): process-wide
// defaults changed to other values, as a later SQLCipher or a library in the same process
// might, leave a new vault, an opened one and a re-encrypted one in SQLCipher 4's format.
TEST(VaultFormat, SqlcipherSettingsArePinnedNotInherited) {
    test::TempDir dir;
    const auto setDefaults = [](const char* pageSize, const char* hmac) {
        SqliteDatabase scratch(":memory:", SqliteDatabase::Mode::ReadWrite);
        const std::vector<std::uint8_t> key(32, 7), salt(16, 9);
        scratch.keyRaw(key, salt);
        scratch.exec(std::string("PRAGMA cipher_default_page_size = ") + pageSize);
        scratch.exec(std::string("PRAGMA cipher_default_hmac_algorithm = ") + hmac);
    };
    setDefaults("8192", "HMAC_SHA1");
    const auto settings = [](Vault& vault) {
        auto page = vault.db().prepare("PRAGMA cipher_page_size");
        page.step();
        auto hmac = vault.db().prepare("PRAGMA cipher_hmac_algorithm");
        hmac.step();
        return std::to_string(page.integer(0)) + " " + hmac.text(0);
    };
    {
        Vault made = test::makeVault(dir / "v.bsv");
        EXPECT_EQ(settings(made), "4096 HMAC_SHA512");
    }
    {
        Vault opened =
            Vault::open(dir / "v.bsv", test::secret(test::kVaultPassphrase), std::nullopt);
        EXPECT_EQ(settings(opened), "4096 HMAC_SHA512");
        opened.changePassphrase(test::secret("another vault passphrase"), test::kFastKdf,
                                [](SqliteDatabase&) {});
        EXPECT_EQ(settings(opened), "4096 HMAC_SHA512");
    }
    EXPECT_EQ(std::filesystem::file_size(dir / "v.bsv") % 4096, 0u);
    setDefaults("4096", "HMAC_SHA512");
}

}  // namespace
}  // namespace baosong::app
