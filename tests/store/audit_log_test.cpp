#include "store/audit_log.h"

#include <gtest/gtest.h>

#include "base/app_error.h"
#include "core/vault_session.h"
#include "support/temp_dir.h"
#include "support/vault_fixture.h"

namespace baosong::app {
namespace {

class AuditLogTest : public ::testing::Test {
  protected:
    void SetUp() override {
        vault.emplace(test::makeVault(dir / "v.bsv"));  // init writes entry 1
        for (int i = 2; i <= 4; ++i) {
            SqliteTransaction tx(vault->db());
            AuditLog(vault->db())
                .append("officer:test", "test.step", "{\"step\":" + std::to_string(i) + "}");
            tx.commit();
        }
    }
    AuditVerification verify() { return AuditLog(vault->db()).verify(); }

    test::TempDir dir;
    std::optional<Vault> vault;
};

TEST_F(AuditLogTest, IntactChainVerifies) {
    const auto result = verify();
    EXPECT_TRUE(result.intact) << result.problem.value_or(Text("audit_unknown")).chinese();
    EXPECT_EQ(result.entries, 4);
    const auto entries = AuditLog(vault->db()).entries();
    ASSERT_EQ(entries.size(), 4u);
    EXPECT_EQ(entries[0].action, "vault.init");
    EXPECT_EQ(entries[0].actor, "officer:test");
    EXPECT_EQ(entries[3].detail, "{\"step\":4}");
    EXPECT_EQ(entries[3].at.size(), 20u);  // 2026-11-24T00:00:00Z
}

TEST_F(AuditLogTest, AlteredEntryIsDetected) {
    vault->db().exec("UPDATE audit SET detail = '{\"step\":9}' WHERE seq = 3");
    const auto result = verify();
    EXPECT_FALSE(result.intact);
    EXPECT_EQ(result.firstBadSeq, 3);
    EXPECT_NE(result.problem.value_or(Text("audit_unknown")).chinese().find("改动"),
              std::string::npos);
}

TEST_F(AuditLogTest, AlteredActorOrTimeIsDetected) {
    vault->db().exec("UPDATE audit SET actor = 'officer:someone-else' WHERE seq = 2");
    EXPECT_EQ(verify().firstBadSeq, 2);
}

TEST_F(AuditLogTest, RemovedEntryIsDetected) {
    vault->db().exec("DELETE FROM audit WHERE seq = 2");
    const auto result = verify();
    EXPECT_FALSE(result.intact);
    EXPECT_EQ(result.firstBadSeq, 2);
    EXPECT_NE(result.problem.value_or(Text("audit_unknown")).chinese().find("缺失"),
              std::string::npos);
}

TEST_F(AuditLogTest, RemovedLastEntryIsDetected) {
    vault->db().exec("DELETE FROM audit WHERE seq = 4");
    const auto result = verify();
    EXPECT_FALSE(result.intact);
    EXPECT_EQ(result.firstBadSeq, 4);
}

TEST_F(AuditLogTest, EmptiedLogIsDetected) {
    vault->db().exec("DELETE FROM audit");
    vault->db().exec("DELETE FROM meta WHERE key = 'audit_head'");
    const auto result = verify();
    EXPECT_FALSE(result.intact);
    EXPECT_NE(result.problem.value_or(Text("audit_unknown")).chinese().find("为空"),
              std::string::npos);
}

TEST_F(AuditLogTest, RemovedFirstEntriesAreDetected) {
    // Drop the start and rebuild a consistent-looking chain from what is left.
    vault->db().exec("DELETE FROM audit WHERE seq <= 2");
    vault->db().exec("UPDATE audit SET seq = seq - 2");
    EXPECT_FALSE(verify().intact);
}

TEST_F(AuditLogTest, RenumberedEntriesAreDetected) {
    // Remove entry 2 and shift the later ones down, rehashing nothing: the chain breaks.
    vault->db().exec("DELETE FROM audit WHERE seq = 2");
    vault->db().exec("UPDATE audit SET seq = seq - 1 WHERE seq > 2");
    EXPECT_FALSE(verify().intact);
}

TEST_F(AuditLogTest, BrokenChainRefusesChangesButAllowsReading) {
    vault->db().exec("UPDATE audit SET action = 'vault.nothing' WHERE seq = 1");
    const std::string path = vault->path();
    vault.reset();
    const auto ask = [] { return test::secret(test::kVaultPassphrase); };
    try {
        openVault(path, ask, Access::Change);
        FAIL() << "a vault with an altered log accepted changes";
    } catch (const AppError& e) {
        EXPECT_EQ(e.code(), "audit_broken");
        EXPECT_EQ(e.kind(), ErrorKind::Problem);
    }
    const auto opened = openVault(path, ask, Access::ReadOnly);
    EXPECT_FALSE(opened.audit.intact);
}

}  // namespace
}  // namespace baosong::app
