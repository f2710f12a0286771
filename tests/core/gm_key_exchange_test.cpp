// Profile "gm"'s key exchange (bundle-gm.md "Keys and fingerprints"): an office made in
// gm writes its SM2 keys as PEM, a unit that imports them reports and enrols its SM2 keys
// with SM3 fingerprints, and the office enrols them; a request of the other profile, a
// folder of both profiles and a malformed key are refused with their codes.

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "base/app_error.h"
#include "core/grant_import.h"
#include "core/key_report.h"
#include "core/office_admin.h"
#include "core/office_key_import.h"
#include "core/signed_rules.h"
#include "crypto/sm2_key.h"
#include "policy/rule_set.h"
#include "store/office_store.h"
#include "store/vault_keys.h"
#include "support/error_code.h"
#include "support/process.h"
#include "support/temp_dir.h"
#include "support/vault_fixture.h"

namespace baosong::app {
namespace {

namespace fs = std::filesystem;
using test::errorCodeOf;
using test::readFile;

class GmKeyExchange : public ::testing::Test {
  protected:
    Vault office(const std::string& name, BundleProfile profile) {
        return initOfficeVault(dir / name, test::secret(test::kVaultPassphrase), test::kFastKdf,
                               "clerk:test", profile);
    }
    test::TempDir dir;
};

TEST_F(GmKeyExchange, AGmOfficeWritesItsSm2KeysAsPem) {
    Vault vault = office("office.bsv", BundleProfile::Gm);
    EXPECT_EQ(officeProfile(vault), BundleProfile::Gm);
    fs::create_directories(dir.path() / "keys");
    const OfficeKeyFiles files = writeOfficeKeys(vault, dir / "keys", true, "clerk:test");
    EXPECT_EQ(files.profile, BundleProfile::Gm);
    EXPECT_EQ(fs::path(files.recipientPath).filename(), "office.pub.pem");
    EXPECT_EQ(fs::path(files.grantKeyPath).filename(), "office-grant.pub.pem");
    EXPECT_EQ(fs::path(files.identityPath).filename(), "office.pem");
    const auto receive = crypto::Sm2PublicKey::fromPem(readFile(files.recipientPath));
    const auto grant = crypto::Sm2PublicKey::fromPem(readFile(files.grantKeyPath));
    EXPECT_EQ(files.recipient, crypto::toHex(receive.fingerprint()));
    EXPECT_EQ(files.grantKey.fingerprint, crypto::toHex(grant.fingerprint()));
    EXPECT_EQ(files.grantKey.hash, "SM3");
    EXPECT_NE(receive, grant);
    EXPECT_EQ(crypto::Sm2SecretKey::fromPem(readFile(files.identityPath)).publicKey(), receive);
    struct stat st {};
    ASSERT_EQ(::stat(files.identityPath.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600);
    ASSERT_EQ(::stat(files.recipientPath.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0644);
    // No file of the other profile.
    EXPECT_FALSE(fs::exists(dir.path() / "keys/office.recipient"));
    EXPECT_FALSE(fs::exists(dir.path() / "keys/office.key"));
}

TEST_F(GmKeyExchange, AnIntlOfficeStillWritesAgeAndMinisignKeys) {
    Vault vault = office("office.bsv", BundleProfile::Intl);
    EXPECT_EQ(officeProfile(vault), BundleProfile::Intl);
    fs::create_directories(dir.path() / "keys");
    const OfficeKeyFiles files = writeOfficeKeys(vault, dir / "keys", false, "clerk:test");
    EXPECT_EQ(fs::path(files.recipientPath).filename(), "office.recipient");
    EXPECT_EQ(files.recipient.rfind("age1", 0), 0u);
    EXPECT_EQ(files.grantKey.hash, "SHA-256");
}

TEST_F(GmKeyExchange, UnitImportsGmKeysEnrolsItsSm2KeysAndTheOfficeTrustsThem) {
    Vault officeVault = office("office.bsv", BundleProfile::Gm);
    fs::create_directories(dir.path() / "keys");
    const OfficeKeyFiles files = writeOfficeKeys(officeVault, dir / "keys", false, "clerk:test");
    Vault unit = test::makeVault(dir / "unit.bsv");

    EXPECT_EQ(keyReport(unit).profile, "intl");  // until office keys are imported
    const ImportedOfficeKeys imported = importOfficeKeys(unit, dir / "keys", "officer:test");
    EXPECT_EQ(imported.profile, "gm");
    EXPECT_EQ(imported.recipient, files.recipient);
    EXPECT_EQ(imported.grantKey.fingerprint, files.grantKey.fingerprint);

    const KeyReport report = keyReport(unit);
    EXPECT_EQ(report.profile, "gm");
    ASSERT_TRUE(report.office);
    EXPECT_EQ(report.office->recipient, files.recipient);
    VaultKeys keys(unit.db());
    EXPECT_EQ(report.unit.key.fingerprint,
              crypto::toHex(keys.sm2PublicKey(KeyRole::Unit)->fingerprint()));
    EXPECT_EQ(report.reviewer.key.fingerprint,
              crypto::toHex(keys.sm2PublicKey(KeyRole::Reviewer)->fingerprint()));
    EXPECT_TRUE(report.unit.key.keyId.empty());

    const std::string request = writeEnrolment(unit, dir / "enrolment", "officer:test");
    const auto json = nlohmann::json::parse(readFile(request));
    EXPECT_EQ(json.at("profile"), "gm");
    EXPECT_EQ(json.at("signing_key"), keys.sm2PublicKey(KeyRole::Unit)->pem());
    EXPECT_TRUE(fs::exists(dir.path() / "enrolment.pdf"));

    const Enrolment enrolment = readEnrolmentFile(request);
    EXPECT_EQ(enrolment.profile, "gm");
    const EnrolmentFingerprints shown = enrolmentFingerprints(enrolment);
    EXPECT_EQ(shown.signing.fingerprint, report.unit.key.fingerprint);
    EXPECT_EQ(shown.reviewer.fingerprint, report.reviewer.key.fingerprint);
    EXPECT_NO_THROW(requirePaperFingerprints(shown, report.unit.key.grouped,
                                             fingerprintOnTwoLines(report.reviewer.key)));
    enrolUnit(officeVault, enrolment, "clerk:test");
    const auto stored = OfficeStore(officeVault.db()).enrolment(enrolment.unitId);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->profile, "gm");
    EXPECT_EQ(crypto::Sm2PublicKey::fromPem(stored->signingKey), *keys.sm2PublicKey(KeyRole::Unit));
    // The same request again changes nothing.
    EXPECT_NO_THROW(enrolUnit(officeVault, enrolment, "clerk:test"));
}

TEST_F(GmKeyExchange, AnEnrolmentOfTheOtherProfileIsRefused) {
    Vault gmOffice = office("gm.bsv", BundleProfile::Gm);
    Vault intlOffice = office("intl.bsv", BundleProfile::Intl);
    Vault unit = test::makeVault(dir / "unit.bsv");
    // Before importing any office keys the unit's request is "intl".
    const Enrolment intl = readEnrolmentFile(writeEnrolment(unit, dir / "intl", "officer:test"));
    EXPECT_EQ(intl.profile, "intl");
    EXPECT_EQ(errorCodeOf<AppError>([&] { enrolUnit(gmOffice, intl, "clerk:test"); }),
              "profile_mismatch");
    fs::create_directories(dir.path() / "keys");
    writeOfficeKeys(gmOffice, dir / "keys", false, "clerk:test");
    importOfficeKeys(unit, dir / "keys", "officer:test");
    const Enrolment gm = readEnrolmentFile(writeEnrolment(unit, dir / "gm", "officer:test"));
    EXPECT_EQ(errorCodeOf<AppError>([&] { enrolUnit(intlOffice, gm, "clerk:test"); }),
              "profile_mismatch");
    EXPECT_FALSE(OfficeStore(intlOffice.db()).enrolment(gm.unitId));
}

TEST_F(GmKeyExchange, MalformedGmRequestsAreRefused) {
    Vault unit = test::makeVault(dir / "unit.bsv");
    Vault gmOffice = office("gm.bsv", BundleProfile::Gm);
    fs::create_directories(dir.path() / "keys");
    writeOfficeKeys(gmOffice, dir / "keys", false, "clerk:test");
    importOfficeKeys(unit, dir / "keys", "officer:test");
    const std::string good = readFile(writeEnrolment(unit, dir / "e", "officer:test"));
    const auto refused = [&](nlohmann::json doc) {
        test::writeFile(dir / "bad.json", doc.dump());
        return errorCodeOf<AppError>([&] { readEnrolmentFile(dir / "bad.json"); });
    };
    auto doc = nlohmann::json::parse(good);
    auto minisignKey = doc;
    minisignKey["signing_key"] = "RWTUNgwCFmKkZMhP2cXXdZ/pWcU9VWxH+0rs1nTZ9CvKdm3sH4HcnJCk";
    EXPECT_EQ(refused(minisignKey), "enrolment_invalid");
    auto same = doc;
    same["reviewer_key"] = doc["signing_key"];
    EXPECT_EQ(refused(same), "enrolment_invalid");
    auto otherProfile = doc;
    otherProfile["profile"] = "sm";
    EXPECT_EQ(refused(otherProfile), "enrolment_invalid");
    auto flipped = doc;
    std::string pem = doc["signing_key"];
    pem[40] = pem[40] == 'A' ? 'B' : 'A';
    flipped["signing_key"] = pem;
    EXPECT_EQ(refused(flipped), "enrolment_invalid");
    // A PEM with CRLF line ends: carriage returns are control characters a strict request
    // does not hold (baosong writes LF only).
    auto crlf = doc;
    std::string windows;
    for (const char c : std::string(doc["signing_key"])) {
        windows += c == '\n' ? std::string("\r\n") : std::string(1, c);
    }
    crlf["signing_key"] = windows;
    EXPECT_EQ(refused(crlf), "enrolment_invalid");
    // Blank lines around the PEM are the same key, kept in the office's own form.
    auto padded = doc;
    padded["signing_key"] = "\n" + std::string(doc["signing_key"]) + "\n";
    test::writeFile(dir / "padded.json", padded.dump());
    EXPECT_EQ(readEnrolmentFile(dir / "padded.json").signingKey, doc["signing_key"]);
}

TEST_F(GmKeyExchange, AFolderOfBothProfilesOrABadPemIsNotImported) {
    Vault unit = test::makeVault(dir / "unit.bsv");
    Vault gmOffice = office("gm.bsv", BundleProfile::Gm);
    Vault intlOffice = office("intl.bsv", BundleProfile::Intl);
    fs::create_directories(dir.path() / "both");
    writeOfficeKeys(gmOffice, dir / "both", false, "clerk:test");
    fs::remove(dir.path() / "both/office-keys.pdf");
    writeOfficeKeys(intlOffice, dir / "both", false, "clerk:test");
    EXPECT_EQ(errorCodeOf<AppError>([&] { importOfficeKeys(unit, dir / "both", "officer:test"); }),
              "office_keys_invalid");

    fs::create_directories(dir.path() / "bad");
    writeOfficeKeys(gmOffice, dir / "bad", false, "clerk:test");
    test::writeFile(dir / "bad/office.pub.pem",
                    "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n");
    EXPECT_EQ(errorCodeOf<AppError>([&] { importOfficeKeys(unit, dir / "bad", "officer:test"); }),
              "office_keys_invalid");
    fs::copy_file(dir.path() / "bad/office-grant.pub.pem", dir.path() / "bad/office.pub.pem",
                  fs::copy_options::overwrite_existing);
    EXPECT_EQ(errorCodeOf<AppError>([&] { importOfficeKeys(unit, dir / "bad", "officer:test"); }),
              "office_keys_invalid");
    EXPECT_FALSE(keyReport(unit).office);  // nothing was imported
}

// bundle-gm.md "Keys and fingerprints": a gm office signs a quota grant with its SM2 grant
// key (FILE.sig, DER); a unit that imported its keys takes it in and refuses a changed one.
TEST_F(GmKeyExchange, AGmOfficesGrantIsSignedWithSm2AndTakenInByItsUnit) {
    Vault officeVault = office("office.bsv", BundleProfile::Gm);
    fs::create_directories(dir.path() / "keys");
    writeOfficeKeys(officeVault, dir / "keys", false, "clerk:test");
    Vault unit = test::makeVault(dir / "unit.bsv");
    importOfficeKeys(unit, dir / "keys", "officer:test");
    enrolUnit(officeVault, readEnrolmentFile(writeEnrolment(unit, dir / "e", "officer:test")),
              "clerk:test");
    const std::string unitId = test::exampleIdentity().unitId;
    QuotaGrant grant{unitId, "nmg-zuimei-2023", 4, "本单位科研人员多", ""};
    const std::string file = writeQuotaGrant(officeVault, grant, dir / "grant.json", "clerk:test");
    EXPECT_TRUE(fs::exists(file + ".sig"));
    EXPECT_FALSE(fs::exists(file + ".minisig"));
    EXPECT_EQ(grantSignatureSuffix(unit), ".sig");

    const std::string signature = readFile(file + ".sig");
    std::string changed = signature;
    changed[changed.size() - 2] ^= 0x01;
    test::writeFile(file + ".sig", changed);
    EXPECT_EQ(errorCodeOf<AppError>([&] { importQuotaGrant(unit, file, "officer:test"); }),
              "grant_signature_invalid");
    test::writeFile(file + ".sig", signature);
    const PlacedGrant placed = importQuotaGrant(unit, file, "officer:test");
    EXPECT_EQ(placed.grant.max, 4);
    ASSERT_EQ(placed.files.size(), 2u);
    EXPECT_EQ(placed.files[1].path, placed.path + ".sig");
}

// A gm office signs a rule-set update with its SM2 grant key (FILE.sig); its unit takes it
// in, keeps it and checks it again at each use, and refuses a changed signature.
TEST_F(GmKeyExchange, AGmOfficesRuleSetIsSignedWithSm2AndTakenInByItsUnit) {
    Vault officeVault = office("office.bsv", BundleProfile::Gm);
    fs::create_directories(dir.path() / "keys");
    writeOfficeKeys(officeVault, dir / "keys", false, "clerk:test");
    Vault unit = test::makeVault(dir / "unit.bsv");
    importOfficeKeys(unit, dir / "keys", "officer:test");
    const auto& [campaign, text] = *policy::builtInRuleSets().begin();
    test::writeFile(dir / "rules-in.json", std::string(text));
    const std::string file =
        signRuleSet(officeVault, dir / "rules-in.json", dir / "rules.json", "clerk:test");
    EXPECT_TRUE(fs::exists(file + ".sig"));
    EXPECT_FALSE(fs::exists(file + ".minisig"));
    EXPECT_TRUE(importedRuleSet(officeVault));  // the office's own re-check verifies it

    const std::string signature = readFile(file + ".sig");
    std::string changed = signature;
    changed[changed.size() - 3] ^= 0x01;
    test::writeFile(file + ".sig", changed);
    EXPECT_EQ(errorCodeOf<AppError>([&] { importSignedRuleSet(unit, file, "officer:test"); }),
              "rules_signature_invalid");
    test::writeFile(file + ".sig", signature);
    EXPECT_EQ(importSignedRuleSet(unit, file, "officer:test").campaign, campaign);
    const auto kept = importedRuleSet(unit);
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->campaign, campaign);
}

}  // namespace
}  // namespace baosong::app
