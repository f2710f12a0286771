// Opening a vault for one role refuses the other role's vault, before anything is shown or
// changed, with one error code for both front ends; and a file that is no vault is told
// apart from a damaged one.

#include "core/vault_session.h"

#include <gtest/gtest.h>

#include <fstream>

#include "base/app_error.h"
#include "core/office_admin.h"
#include "core/office_summary.h"
#include "support/error_code.h"
#include "support/temp_dir.h"
#include "support/vault_fixture.h"

namespace baosong::app {
namespace {

using test::errorCodeOf;
using test::kVaultPassphrase;
using test::secret;

TEST(VaultSession, EachRoleOpensOnlyItsOwnVault) {
    test::TempDir dir;
    const std::string unit = dir / "unit.vault";
    const std::string office = dir / "office.vault";
    test::makeVault(unit);
    initOfficeVault(office, secret(kVaultPassphrase), test::kFastKdf, "clerk:test");
    const auto passphrase = [] { return secret(kVaultPassphrase); };

    EXPECT_NO_THROW(openVault(unit, passphrase, Access::Change, VaultRole::Unit));
    EXPECT_NO_THROW(openVault(office, passphrase, Access::Change, VaultRole::Office));
    for (const auto& [path, role] :
         {std::pair{unit, VaultRole::Office}, std::pair{office, VaultRole::Unit}}) {
        try {
            openVault(path, passphrase, Access::Change, role);
            ADD_FAILURE() << path << " opened in the other role";
        } catch (const AppError& e) {
            EXPECT_EQ(e.code(), "vault_other_role");
            EXPECT_EQ(e.kind(), ErrorKind::BadInput);
            const std::string mode = role == VaultRole::Office ? "单位模式" : "国防科工办模式";
            EXPECT_NE(std::string(e.what()).find(mode), std::string::npos) << e.what();
        }
    }
    // Refused, the vault is released again: the right role opens it for change at once.
    EXPECT_NO_THROW(openVault(unit, passphrase, Access::Change, VaultRole::Unit));
}

TEST(VaultSession, AFileThatIsNoVaultIsToldApart) {
    test::TempDir dir;
    const std::string unit = dir / "unit.vault";
    test::makeVault(unit);
    EXPECT_TRUE(isVaultFile(unit));
    const std::string json = dir / "submission.json";
    std::ofstream(json) << "{}";
    EXPECT_FALSE(isVaultFile(json));
    EXPECT_NE(errorCodeOf<AppError>([&] { isVaultFile(dir / "missing.vault"); }), "no error");
}

TEST(VaultSession, AFreshOfficeHasReceivedNothing) {
    test::TempDir dir;
    const std::string office = dir / "office.vault";
    Vault vault = initOfficeVault(office, secret(kVaultPassphrase), test::kFastKdf, "clerk:test");
    EXPECT_TRUE(latestReceived(vault).empty());
}

}  // namespace
}  // namespace baosong::app
