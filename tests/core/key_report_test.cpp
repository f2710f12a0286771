// What a person compares (bundle.md "Keys"): fingerprints computed from the keys, and the
// enrolment request the unit carries to the office.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "base/app_error.h"
#include "core/key_fingerprint.h"
#include "core/key_report.h"
#include "crypto/minisign_secret_key.h"
#include "store/audit_log.h"
#include "support/process.h"
#include "support/temp_dir.h"
#include "support/vault_fixture.h"

namespace baosong::app {
namespace {

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

TEST(KeyFingerprint, SameIdOtherKeyIsAnotherFingerprint) {
    const auto real = crypto::MinisignSecretKey::generate().publicKey();
    const auto fresh = crypto::MinisignSecretKey::generate().publicKey();
    const crypto::MinisignPublicKey forged(real.keyId(), fresh.key());
    EXPECT_EQ(fingerprintOf(forged).keyId, fingerprintOf(real).keyId);
    EXPECT_NE(fingerprintOf(forged).fingerprint, fingerprintOf(real).fingerprint);
    // The key id is part of what is hashed: the same Ed25519 key under another id differs.
    crypto::MinisignKeyId otherId = real.keyId();
    otherId[0] ^= 1;
    EXPECT_NE(fingerprintOf(crypto::MinisignPublicKey(otherId, real.key())).fingerprint,
              fingerprintOf(real).fingerprint);
}

TEST(KeyFingerprint, TypedFromPaperInAnyCaseWithSpaces) {
    const KeyFingerprint key = fingerprintOf(crypto::MinisignSecretKey::generate().publicKey());
    std::string upper = key.grouped;
    for (char& c : upper) {
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    EXPECT_TRUE(sameFingerprint(key, key.fingerprint));
    EXPECT_TRUE(sameFingerprint(key, upper));
    EXPECT_TRUE(sameFingerprint(key, fingerprintOnTwoLines(key)));  // both lines copied
    EXPECT_TRUE(sameFingerprint(key, fingerprintOnTwoLines(key).replace(39, 1, "\r\n")));
    EXPECT_FALSE(sameFingerprint(key, key.fingerprint.substr(0, 63)));  // a digit short
    std::string changed = key.fingerprint;
    changed[63] = changed[63] == '0' ? '1' : '0';
    EXPECT_FALSE(sameFingerprint(key, changed));
    EXPECT_FALSE(sameFingerprint(key, ""));
    EXPECT_EQ(groupInFours("0123456789ABCDEF"), "0123 4567 89AB CDEF");
    const std::string twoLines = fingerprintOnTwoLines(key);
    EXPECT_EQ(twoLines.find('\n'), 39u);  // eight groups, then the other eight
}

}  // namespace
}  // namespace baosong::app
