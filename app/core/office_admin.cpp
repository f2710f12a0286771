#include "office_admin.h"
#include "documents/flow_pdf.h"
#include "documents/office_keys_page.h"
#include "key_report.h"
#include "output_folder.h"

#include <sys/stat.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "base/app_error.h"
#include "base/temp_sibling.h"
#include "crypto/crypto_error.h"
#include "crypto/minisign_secret_key.h"
#include "crypto/sm2_signature.h"
#include "input_file.h"
#include "policy/parse_error.h"
#include "policy/social_credit_code.h"
#include "policy/strict_json.h"
#include "store/audit_log.h"
#include "store/vault_keys.h"

namespace baosong::app {

namespace {
namespace fs = std::filesystem;

void requireOffice(Vault& vault) {
    OfficeStore(vault.db()).recipient();  // throws "not_office_vault"
}

// The two keys of an enrolment as people compare them, by its profile. Throws
// crypto::CryptoError for a key that is not one of that profile.
EnrolmentFingerprints keysOf(const Enrolment& e) {
    if (e.profile == "gm") {
        return {fingerprintOf(crypto::Sm2PublicKey::fromPem(e.signingKey)),
                fingerprintOf(crypto::Sm2PublicKey::fromPem(e.reviewerKey))};
    }
    return {fingerprintOf(crypto::MinisignPublicKey::fromBase64(e.signingKey)),
            fingerprintOf(crypto::MinisignPublicKey::fromBase64(e.reviewerKey))};
}

AppError badEnrolment(const std::string& path, Text why) {
    return AppError(ErrorKind::BadInput, "enrolment_invalid",
                    Text("enrolment_unusable").with("path", path).with("why", std::move(why)));
}
}  // namespace

Vault initOfficeVault(const std::string& path, const crypto::SecretBuffer& passphrase,
                      const crypto::Argon2idParams& kdf, const std::string& actor,
                      BundleProfile profile) {
    const auto identity = crypto::age::X25519Identity::generate();
    const auto grantKey = crypto::MinisignSecretKey::generate();
    // Profile "gm"'s keys beside them (bundle-gm.md "Keys"): the SM2 key bundles are
    // encrypted to and the SM2 key that signs grants.
    const auto receiveSm2 = crypto::Sm2SecretKey::generate();
    const auto grantSm2 = crypto::Sm2SecretKey::generate();
    return Vault::create(path, passphrase, kdf, [&](SqliteDatabase& db) {
        OfficeStore(db).putIdentity(identity);
        VaultKeys keys(db);
        keys.storePlainKey(KeyRole::OfficeGrant, grantKey);
        keys.storeSm2PlainKey(KeyRole::OfficeReceive, receiveSm2);
        keys.storeSm2PlainKey(KeyRole::OfficeGrant, grantSm2);
        storeOfficeProfile(db, profile);
        AuditLog(db).append(
            actor, "office.init",
            nlohmann::json{{"profile", profileWord(profile)},
                           {"recipient", identity.recipient().text()},
                           {"grant_key", fingerprintOf(grantKey.publicKey()).fingerprint},
                           {"receive_key_sm2", crypto::toHex(receiveSm2.publicKey().fingerprint())},
                           {"grant_key_sm2", crypto::toHex(grantSm2.publicKey().fingerprint())}}
                .dump());
    });
}

OfficeKeyFiles writeOfficeKeys(Vault& vault, const std::string& dir, bool withSecret,
                               const std::string& actor) {
    requireOutputFolder(dir);
    OfficeStore office(vault.db());
    VaultKeys keys(vault.db());
    OfficeKeyFiles out;
    out.profile = officeProfile(vault);
    const bool gm = out.profile == BundleProfile::Gm;
    std::string recipientText;
    std::string grantText;
    if (gm) {
        const auto receive = keys.sm2PublicKey(KeyRole::OfficeReceive);
        const auto grant = keys.sm2PublicKey(KeyRole::OfficeGrant);
        if (!receive || !grant) {
            throw AppError(ErrorKind::BadInput, "key_missing", Text("key_missing_office_receive"));
        }
        out.recipient = crypto::toHex(receive->fingerprint());
        out.grantKey = fingerprintOf(*grant);
        recipientText = receive->pem();
        grantText = grant->pem();
    } else {
        out.recipient = office.recipient().text();
        const auto grantKey = keys.publicKey(KeyRole::OfficeGrant);
        out.grantKey = fingerprintOf(grantKey);
        recipientText = "# baosong office recipient (age)\n" + out.recipient + "\n";
        grantText = grantKey.fileText();
    }
    out.recipientPath = (fs::path(dir) / (gm ? "office.pub.pem" : "office.recipient")).string();
    out.grantKeyPath =
        (fs::path(dir) / (gm ? "office-grant.pub.pem" : "office-grant.pub")).string();
    out.sheetPath = (fs::path(dir) / "office-keys.pdf").string();
    requireNoTarget(out.recipientPath);
    requireNoTarget(out.grantKeyPath);
    requireNoTarget(out.sheetPath);
    if (withSecret) {
        out.identityPath = (fs::path(dir) / (gm ? "office.pem" : "office.key")).string();
        requireNoTarget(out.identityPath);
    }
    TempSibling recipient(out.recipientPath, TempSibling::Kind::File);
    recipient.write(recipientText);
    TempSibling grant(out.grantKeyPath, TempSibling::Kind::File);
    grant.write(grantText);
    TempSibling sheet(out.sheetPath, TempSibling::Kind::File);
    sheet.write(documents::flowPdf(documents::officeKeysPage(
        {std::string(profileWord(out.profile)),
         gm ? fingerprintOnTwoLines(fingerprintOf(*keys.sm2PublicKey(KeyRole::OfficeReceive)))
            : groupInFours(out.recipient),
         fingerprintOnTwoLines(out.grantKey), gm ? grantText : out.grantKey.publicKey,
         out.grantKey.keyId, utcNowRfc3339()})));
    std::optional<TempSibling> secret;
    if (withSecret) {
        secret.emplace(out.identityPath, TempSibling::Kind::File);
        if (gm) {
            // PKCS#8 PEM, what `openssl pkeyutl -decrypt -inkey office.pem` reads.
            secret->write(keys.sm2PlainSecretKey(KeyRole::OfficeReceive).pem().bytes());
        } else {
            crypto::SecretBuffer text = office.identity().text();
            // age-keygen's layout, so `age -d -i office.key` reads it.
            const std::string head =
                "# created: " + utcNowRfc3339() + "\n# public key: " + out.recipient + "\n";
            crypto::SecretBuffer file(head.size() + text.size() + 1);
            std::copy(head.begin(), head.end(), file.data());
            std::copy(text.data(), text.data() + text.size(), file.data() + head.size());
            file.data()[file.size() - 1] = '\n';
            secret->write(file.bytes());
        }
    }
    ::chmod(recipient.path().c_str(), 0644);
    ::chmod(grant.path().c_str(), 0644);
    ::chmod(sheet.path().c_str(), 0644);
    SqliteTransaction tx(vault.db());
    AuditLog(vault.db())
        .append(
            actor, "office.keys",
            nlohmann::json{
                {"dir", dir}, {"profile", profileWord(out.profile)}, {"with_secret", withSecret}}
                .dump());
    recipient.commitNew();
    grant.commitNew();
    sheet.commitNew();
    if (secret) {
        secret->commitNew();
    }
    tx.commit();
    return out;
}

Enrolment readEnrolmentFile(const std::string& path) {
    const std::string text = readInputText(path, 64 * 1024, "file_enrolment");
    Enrolment e;
    try {
        // Read as strictly as a submission (strict_json.h): a duplicate key could show the
        // clerk one value and trust another; an unknown key is a request of another kind.
        const nlohmann::json doc = policy::parseStrictJson(text);
        policy::StrictObject root(doc, "");
        if (root.string("format") != "baosong.enrolment/1") {
            throw badEnrolment(path, Text("enrolment_format"));
        }
        // bundle-gm.md "Keys and fingerprints": "profile":"gm" carries SM2 keys as PEM
        // (line feeds allowed, hence text()); without it the request is "intl".
        static constexpr std::string_view kProfiles[] = {"gm", "intl"};
        e.profile = root.has("profile") ? root.oneOf("profile", kProfiles) : "intl";
        policy::StrictObject unit = root.object("unit");
        e.unitId = unit.string("id");
        e.unitName = unit.string("name");
        unit.finish();
        e.signingKey = e.profile == "gm" ? root.text("signing_key") : root.string("signing_key");
        e.reviewerKey = e.profile == "gm" ? root.text("reviewer_key") : root.string("reviewer_key");
        root.string("created");
        root.finish();
    } catch (const policy::ParseError& err) {
        throw badEnrolment(path, libraryText("policy", err));
    }
    if (e.unitName.empty()) {
        throw badEnrolment(path, Text("enrolment_unit_name_empty"));
    }
    if (!policy::isValidSocialCreditCode(e.unitId)) {
        throw badEnrolment(path, Text("enrolment_unit_id_invalid").with("unit_id", e.unitId));
    }
    EnrolmentFingerprints keys;
    try {
        keys = keysOf(e);
    } catch (const crypto::CryptoError& err) {
        throw badEnrolment(path, Text("enrolment_key_bad").with("why", libraryText("crypto", err)));
    }
    if (keys.signing.fingerprint == keys.reviewer.fingerprint) {
        throw badEnrolment(path, Text("enrolment_keys_equal"));
    }
    if (e.profile == "gm") {
        // Kept as the office's own PEM of the key: one key, one text, so the conflict
        // checks of enrolUnit compare keys and not line breaks.
        e.signingKey = crypto::Sm2PublicKey::fromPem(e.signingKey).pem();
        e.reviewerKey = crypto::Sm2PublicKey::fromPem(e.reviewerKey).pem();
    }
    return e;
}

EnrolmentFingerprints enrolmentFingerprints(const Enrolment& enrolment) {
    try {
        return keysOf(enrolment);
    } catch (const crypto::CryptoError& err) {
        throw AppError(ErrorKind::BadInput, "enrolment_invalid",
                       Text("enrolment_key_invalid").with("why", libraryText("crypto", err)));
    }
}

void requirePaperFingerprints(const EnrolmentFingerprints& keys, std::string_view unitTyped,
                              std::string_view reviewerTyped) {
    const bool unitDiffers = !sameFingerprint(keys.signing, unitTyped);
    const bool reviewerDiffers = !sameFingerprint(keys.reviewer, reviewerTyped);
    if (unitDiffers || reviewerDiffers) {
        const char* which = unitDiffers && reviewerDiffers ? "keys_unit_and_reviewer"
                            : unitDiffers                  ? "key_unit_signing"
                                                           : "key_reviewer";
        throw AppError(ErrorKind::Problem, "fingerprint_mismatch",
                       Text("fingerprint_mismatch").with("which", Text(which)));
    }
}

void enrolUnit(Vault& vault, Enrolment enrolment, const std::string& actor) {
    requireOffice(vault);
    const std::string_view ours = profileWord(officeProfile(vault));
    if (enrolment.profile != ours) {
        throw AppError(ErrorKind::Problem, "profile_mismatch",
                       Text("enrolment_profile_mismatch")
                           .with("theirs", enrolment.profile)
                           .with("ours", std::string(ours)));
    }
    const EnrolmentFingerprints keys = enrolmentFingerprints(enrolment);
    OfficeStore office(vault.db());
    if (const auto existing = office.enrolment(enrolment.unitId)) {
        if (existing->signingKey != enrolment.signingKey ||
            existing->reviewerKey != enrolment.reviewerKey) {
            throw AppError(ErrorKind::Problem, "enrolment_conflict",
                           Text("enrolment_conflict").with("unit", enrolment.unitId));
        }
        return;  // the same keys again: nothing to do
    }
    for (const Enrolment& other : office.enrolments()) {
        for (const std::string* key : {&enrolment.signingKey, &enrolment.reviewerKey}) {
            if (*key == other.signingKey || *key == other.reviewerKey) {
                throw AppError(ErrorKind::Problem, "key_enrolled_elsewhere",
                               Text("key_enrolled_elsewhere").with("unit", other.unitId));
            }
        }
    }
    enrolment.enrolledAt = utcNowRfc3339();
    enrolment.enrolledBy = actor;
    SqliteTransaction tx(vault.db());
    office.putEnrolment(enrolment);
    AuditLog(vault.db())
        .append(actor, "office.enrol",
                nlohmann::json{{"unit_id", enrolment.unitId},
                               {"profile", enrolment.profile},
                               {"signing_key", keys.signing.fingerprint},
                               {"reviewer_key", keys.reviewer.fingerprint}}
                    .dump());
    tx.commit();
}

std::string writeQuotaGrant(Vault& vault, QuotaGrant grant, const std::string& out,
                            const std::string& actor) {
    requireOffice(vault);
    if (grant.max < 1 || grant.reason.empty() || grant.campaign.empty()) {
        throw AppError(ErrorKind::BadInput, "grant_invalid", Text("grant_fields_missing"));
    }
    if (!OfficeStore(vault.db()).enrolment(grant.unit)) {
        throw AppError(ErrorKind::BadInput, "unit_not_enrolled",
                       Text("unit_not_enrolled").with("unit", grant.unit));
    }
    grant.issued = utcNowRfc3339();
    // bundle-gm.md "Keys and fingerprints": FILE.minisig by the minisign grant key in
    // intl, FILE.sig (DER SM2 over the grant's bytes) by the SM2 grant key in gm.
    const BundleProfile profile = officeProfile(vault);
    const bool gm = profile == BundleProfile::Gm;
    const std::string sigPath = out + std::string(signatureSuffix(profile));
    requireNoTarget(out);
    requireNoTarget(sigPath);
    const std::string json = quotaGrantJson(grant);
    parseQuotaGrant(json);  // only a grant every unit can read is signed (e.g. max ≤ 1000)
    VaultKeys keys(vault.db());
    std::string signature;
    if (gm) {
        const auto der = crypto::sm2Sign(keys.sm2PlainSecretKey(KeyRole::OfficeGrant),
                                         crypto::bytesOfText(json));
        signature.assign(der.begin(), der.end());
    } else {
        signature = signQuotaGrant(json, keys.plainSecretKey(KeyRole::OfficeGrant));
    }
    TempSibling file(out, TempSibling::Kind::File);
    file.write(json);
    TempSibling sig(sigPath, TempSibling::Kind::File);
    sig.write(signature);
    SqliteTransaction tx(vault.db());
    AuditLog(vault.db())
        .append(actor, "office.grant",
                nlohmann::json{{"unit_id", grant.unit},
                               {"campaign", grant.campaign},
                               {"max", grant.max},
                               {"file", out}}
                    .dump());
    sig.commitNew();
    file.commitNew();
    tx.commit();
    return out;
}

std::string officeRecipient(Vault& vault) {
    const std::string age = OfficeStore(vault.db()).recipient().text();  // "not_office_vault"
    if (officeProfile(vault) == BundleProfile::Gm) {
        const auto receive = VaultKeys(vault.db()).sm2PublicKey(KeyRole::OfficeReceive);
        if (!receive) {
            throw AppError(ErrorKind::BadInput, "key_missing", Text("key_missing_office_receive"));
        }
        return crypto::toHex(receive->fingerprint());
    }
    return age;
}

}  // namespace baosong::app
