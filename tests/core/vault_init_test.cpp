// Making a unit vault (cli.md `vault init`): passphrases that are weak or shared, and an
// identity that could never be changed afterwards, are refused before anything is written.

#include <gtest/gtest.h>

#include <filesystem>

#include "base/app_error.h"
#include "core/vault_init.h"
#include "support/temp_dir.h"
#include "support/vault_fixture.h"

namespace baosong::app {
namespace {

TEST(VaultInit, RefusesWeakOrSharedPassphrases) {
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

TEST(VaultInit, RefusesIncompleteOrInvalidIdentity) {
    test::TempDir dir;
    VaultInitRequest request{dir / "v.bsv", test::exampleIdentity(), test::kFastKdf, "t"};
    request.identity.channel = "army";
    EXPECT_THROW(
        initVault(request, test::secret("vault passphrase"), test::secret("reviewer pass")),
        AppError);
    const auto codeOf = [&](const VaultIdentity& identity) {
        request.identity = identity;
        try {
            initVault(request, test::secret("vault passphrase"), test::secret("reviewer pass"));
        } catch (const AppError& e) {
            return e.code();
        }
        return std::string("no error");
    };
    VaultIdentity id = test::exampleIdentity();
    id.unitId = "";
    EXPECT_EQ(codeOf(id), "identity_missing");
    id.unitId = "91150200MA0N8XQ314";  // check character off by one
    EXPECT_EQ(codeOf(id), "unit_id_invalid");
    id.unitId = "91150200ma0n8xq313";  // the code is upper case (GB 32100-2015)
    EXPECT_EQ(codeOf(id), "unit_id_invalid");
    id = test::exampleIdentity();
    id.unitName = "北方\x1b[8m研究所";
    EXPECT_EQ(codeOf(id), "control_character");
    id.unitName = "北方\xe2\x80\xae研究所";
    EXPECT_EQ(codeOf(id), "control_character");
    EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
}

}  // namespace
}  // namespace baosong::app
