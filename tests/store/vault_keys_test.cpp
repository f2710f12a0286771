#include "store/vault_keys.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "base/app_error.h"
#include "core/key_report.h"
#include "core/vault_init.h"
#include "crypto/crypto_error.h"
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

}  // namespace
}  // namespace baosong::app
