#include "store/vault_keys.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/key_report.h"
#include "core/vault_init.h"
#include "crypto/crypto_error.h"
#include "store/app_error.h"
#include "store/audit_log.h"
#include "support/process.h"
#include "support/temp_dir.h"
#include "support/vault_fixture.h"

namespace baosong::app {
namespace {

TEST(VaultKeys, InitMakesTwoDistinctWorkingKeys) {
    test::TempDir dir;
    Vault vault = test::makeVault(dir / "v.bsv");
    VaultKeys keys(vault.db());
    const auto unit = keys.unitSecretKey();
    const auto reviewer = keys.reviewerSecretKey(test::secret(test::kReviewerPassphrase));
    EXPECT_NE(unit.publicKey(), reviewer.publicKey());
    EXPECT_EQ(unit.publicKey(), keys.publicKey(KeyRole::Unit));
    EXPECT_EQ(reviewer.publicKey(), keys.publicKey(KeyRole::Reviewer));
    const std::vector<std::uint8_t> message{'m'};
    EXPECT_NO_THROW(crypto::verifyMinisign(keys.publicKey(KeyRole::Reviewer), message,
                                           reviewer.sign(message, "review sign-off")));
    EXPECT_TRUE(keys.record(KeyRole::Reviewer)->sealed);
    EXPECT_FALSE(keys.record(KeyRole::Unit)->sealed);
}

TEST(VaultKeys, ReviewerKeyNeedsTheReviewerPassphrase) {
    test::TempDir dir;
    Vault vault = test::makeVault(dir / "v.bsv");
    VaultKeys keys(vault.db());
    for (const char* wrong : {test::kVaultPassphrase, "reviewer passphrase 3", ""}) {
        try {
            keys.reviewerSecretKey(test::secret(wrong));
            FAIL() << "opened with " << wrong;
        } catch (const AppError& e) {
            EXPECT_EQ(e.kind(), ErrorKind::Locked);
            EXPECT_EQ(e.code(), "reviewer_wrong_passphrase");
        }
    }
}

TEST(VaultKeys, ReviewerKeyIsNotStoredInClear) {
    test::TempDir dir;
    Vault vault = test::makeVault(dir / "v.bsv");
    const auto reviewer =
        VaultKeys(vault.db()).reviewerSecretKey(test::secret(test::kReviewerPassphrase));
    auto stmt = vault.db().prepare("SELECT secret FROM keys WHERE role = 'reviewer'");
    ASSERT_TRUE(stmt.step());
    const auto stored = stmt.blob(0);
    const auto clear = reviewer.toStorage();
    const std::string haystack(stored.begin(), stored.end());
    const std::string needle(clear.view().substr(8, 32));  // part of the secret key
    EXPECT_EQ(haystack.find(needle), std::string::npos);
}

TEST(VaultKeys, InitRefusesWeakOrSharedPassphrases) {
    test::TempDir dir;
    const VaultInitRequest request{dir / "v.bsv", test::exampleIdentity(), test::kFastKdf, "t"};
    const auto codeOf = [&](const char* vaultPass, const char* reviewerPass) {
        try {
            initVault(request, test::secret(vaultPass), test::secret(reviewerPass));
        } catch (const AppError& e) {
            return e.code();
        }
        return std::string("no error");
    };
    EXPECT_EQ(codeOf("same passphrase", "same passphrase"), "passphrases_equal");
    EXPECT_EQ(codeOf("short", "reviewer passphrase"), "passphrase_too_short");
    EXPECT_EQ(codeOf("vault passphrase", "七个汉字的口令"), "passphrase_too_short");
    EXPECT_EQ(codeOf("vault passphrase", "\xC0\xC1\xC2\xC3\xC4\xC5\xC6\xC7\xC8"),
              "passphrase_not_utf8");
    EXPECT_EQ(codeOf("vault passphrase", "八个汉字组成的口令"), "no error");
}

TEST(VaultKeys, InitRefusesIncompleteIdentity) {
    test::TempDir dir;
    VaultInitRequest request{dir / "v.bsv", test::exampleIdentity(), test::kFastKdf, "t"};
    request.identity.channel = "army";
    EXPECT_THROW(
        initVault(request, test::secret("vault passphrase"), test::secret("reviewer pass")),
        AppError);
    request.identity = test::exampleIdentity();
    request.identity.unitId = "";
    EXPECT_THROW(
        initVault(request, test::secret("vault passphrase"), test::secret("reviewer pass")),
        AppError);
    EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
}

TEST(KeyReport, FingerprintsAndEnrolment) {
    test::TempDir dir;
    Vault vault = test::makeVault(dir / "v.bsv");
    const KeyReport report = keyReport(vault);
    // bundle.md "Keys": SHA-256 of the 42 bytes under the base64, as coreutils computes it.
    for (const StoredKey* stored : {&report.unit, &report.reviewer}) {
        const auto independent = test::runProcess(
            {"sh", "-c", "printf %s \"$0\" | base64 -d | sha256sum", stored->key.publicKey});
        ASSERT_EQ(independent.exitCode, 0) << independent.err;
        EXPECT_EQ(independent.out.substr(0, 64), stored->key.fingerprint);
        EXPECT_EQ(stored->key.grouped, groupInFours(stored->key.fingerprint));
        EXPECT_EQ(stored->key.grouped.size(), 79u);  // 16 groups of four
        EXPECT_EQ(stored->key.keyId.size(), 16u);
    }
    EXPECT_NE(report.unit.key.fingerprint, report.reviewer.key.fingerprint);
    const std::string written = writeEnrolment(vault, dir / "enrol", "officer:test");
    EXPECT_EQ(written, dir / "enrol.json");
    const auto doc = nlohmann::json::parse(test::readFile(written));
    EXPECT_EQ(doc["format"], "baosong.enrolment/1");
    EXPECT_EQ(doc["unit"]["id"], "91150200MA0N8XQ313");
    EXPECT_EQ(doc["signing_key"], report.unit.key.publicKey);
    EXPECT_EQ(doc["reviewer_key"], report.reviewer.key.publicKey);
    // Never overwritten, and a refused enrolment is not recorded as done.
    const auto entries = AuditLog(vault.db()).entries().size();
    EXPECT_THROW(writeEnrolment(vault, dir / "enrol.json", "officer:test"), AppError);
    EXPECT_EQ(AuditLog(vault.db()).entries().size(), entries);
}

}  // namespace
}  // namespace baosong::app
