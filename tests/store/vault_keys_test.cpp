#include "store/vault_keys.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "base/app_error.h"
#include "core/key_report.h"
#include "core/vault_init.h"
#include "crypto/crypto_error.h"
#include "crypto/sm2_signature.h"
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

// Profile "gm" (bundle-gm.md "Keys"): vault init makes SM2 keys beside the minisign ones,
// the reviewer's sealed under the reviewer passphrase like the other.
TEST(VaultKeys, InitAlsoMakesSm2KeysTheReviewersSealed) {
    test::TempDir dir;
    Vault vault = test::makeVault(dir / "v.bsv");
    VaultKeys keys(vault.db());
    const auto unit = keys.sm2PlainSecretKey(KeyRole::Unit);
    const auto reviewer = keys.sm2ReviewerSecretKey(test::secret(test::kReviewerPassphrase));
    EXPECT_EQ(keys.sm2PublicKey(KeyRole::Unit), unit.publicKey());
    EXPECT_EQ(keys.sm2PublicKey(KeyRole::Reviewer), reviewer.publicKey());
    EXPECT_NE(unit.publicKey(), reviewer.publicKey());
    const std::vector<std::uint8_t> message{'m'};
    EXPECT_NO_THROW(crypto::sm2Verify(*keys.sm2PublicKey(KeyRole::Reviewer), message,
                                      crypto::sm2Sign(reviewer, message)));
    EXPECT_EQ(keys.sm2PublicKey(KeyRole::OfficeGrant), std::nullopt);

    for (const char* wrong : {test::kVaultPassphrase, ""}) {
        try {
            keys.sm2ReviewerSecretKey(test::secret(wrong));
            FAIL() << "opened with " << wrong;
        } catch (const AppError& e) {
            EXPECT_EQ(e.code(), "reviewer_wrong_passphrase");
        }
    }
    // Not in clear: no stretch of the PKCS#8 key is in the stored row.
    auto stmt = vault.db().prepare("SELECT secret, sealed FROM keys WHERE role = 'reviewer.sm2'");
    ASSERT_TRUE(stmt.step());
    EXPECT_EQ(stmt.integer(1), 1);
    const auto stored = stmt.blob(0);
    const std::string haystack(stored.begin(), stored.end());
    const std::string clear(reviewer.storage().view());
    EXPECT_EQ(haystack.find(clear.substr(clear.size() - 40, 32)), std::string::npos);
    // And the reviewer's secret key is not to be had as a plain key.
    EXPECT_THROW(keys.sm2PlainSecretKey(KeyRole::Reviewer), AppError);
}

TEST(VaultKeys, TheMinisignReviewerBlobDoesNotOpenAsTheSm2One) {
    test::TempDir dir;
    Vault vault = test::makeVault(dir / "v.bsv");
    // Copy the minisign reviewer key's sealed blob into the SM2 row: the sealing context
    // names the kind, so it must not open there.
    vault.db().exec(
        "UPDATE keys SET secret = (SELECT secret FROM keys WHERE role = 'reviewer') "
        "WHERE role = 'reviewer.sm2'");
    EXPECT_THROW(
        VaultKeys(vault.db()).sm2ReviewerSecretKey(test::secret(test::kReviewerPassphrase)),
        AppError);
}

TEST(VaultKeys, AVaultWithoutSm2KeysSaysSo) {
    test::TempDir dir;
    Vault vault = test::makeVault(dir / "v.bsv");
    vault.db().exec("DELETE FROM keys WHERE role LIKE '%.sm2'");
    VaultKeys keys(vault.db());
    EXPECT_EQ(keys.sm2PublicKey(KeyRole::Unit), std::nullopt);
    try {
        keys.sm2PlainSecretKey(KeyRole::Unit);
        FAIL() << "no key, yet a key";
    } catch (const AppError& e) {
        EXPECT_EQ(e.code(), "key_missing");
    }
}

}  // namespace
}  // namespace baosong::app
