#include "office_admin.h"
#include "documents/flow_pdf.h"
#include "documents/office_keys_page.h"
#include "key_report.h"

#include <sys/stat.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "base/app_error.h"
#include "base/temp_sibling.h"
#include "crypto/crypto_error.h"
#include "crypto/minisign_secret_key.h"
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

AppError badEnrolment(const std::string& path, const std::string& why) {
    return AppError(ErrorKind::BadInput, "enrolment_invalid",
                    "登记申请“" + path + "”无法使用：" + why);
}
}  // namespace

Vault initOfficeVault(const std::string& path, const crypto::SecretBuffer& passphrase,
                      const crypto::Argon2idParams& kdf, const std::string& actor) {
    const auto identity = crypto::age::X25519Identity::generate();
    const auto grantKey = crypto::MinisignSecretKey::generate();
    return Vault::create(path, passphrase, kdf, [&](SqliteDatabase& db) {
        OfficeStore(db).putIdentity(identity);
        VaultKeys(db).storePlainKey(KeyRole::OfficeGrant, grantKey);
        AuditLog(db).append(
            actor, "office.init",
            nlohmann::json{{"recipient", identity.recipient().text()},
                           {"grant_key", fingerprintOf(grantKey.publicKey()).fingerprint}}
                .dump());
    });
}

OfficeKeyFiles writeOfficeKeys(Vault& vault, const std::string& dir, bool withSecret,
                               const std::string& actor) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        throw AppError(ErrorKind::BadInput, "io_error", "文件夹“" + dir + "”不存在");
    }
    OfficeStore office(vault.db());
    OfficeKeyFiles out;
    out.recipient = office.recipient().text();
    const auto grantKey = VaultKeys(vault.db()).publicKey(KeyRole::OfficeGrant);
    out.grantKey = fingerprintOf(grantKey);
    out.recipientPath = (fs::path(dir) / "office.recipient").string();
    out.grantKeyPath = (fs::path(dir) / "office-grant.pub").string();
    out.sheetPath = (fs::path(dir) / "office-keys.pdf").string();
    requireNoTarget(out.recipientPath);
    requireNoTarget(out.grantKeyPath);
    requireNoTarget(out.sheetPath);
    if (withSecret) {
        out.identityPath = (fs::path(dir) / "office.key").string();
        requireNoTarget(out.identityPath);
    }
    TempSibling recipient(out.recipientPath, TempSibling::Kind::File);
    recipient.write("# baosong office recipient (age)\n" + out.recipient + "\n");
    TempSibling grant(out.grantKeyPath, TempSibling::Kind::File);
    grant.write(grantKey.fileText());
    TempSibling sheet(out.sheetPath, TempSibling::Kind::File);
    sheet.write(documents::flowPdf(
        documents::officeKeysPage({groupInFours(out.recipient), fingerprintOnTwoLines(out.grantKey),
                                   out.grantKey.publicKey, out.grantKey.keyId, utcNowRfc3339()})));
    std::optional<TempSibling> secret;
    if (withSecret) {
        secret.emplace(out.identityPath, TempSibling::Kind::File);
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
    ::chmod(recipient.path().c_str(), 0644);
    ::chmod(grant.path().c_str(), 0644);
    ::chmod(sheet.path().c_str(), 0644);
    SqliteTransaction tx(vault.db());
    AuditLog(vault.db())
        .append(actor, "office.keys",
                nlohmann::json{{"dir", dir}, {"with_secret", withSecret}}.dump());
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
    const std::string text = readInputText(path, 64 * 1024, "登记申请文件");
    Enrolment e;
    try {
        // Read as strictly as a submission (strict_json.h): a duplicate key could show the
        // clerk one value and trust another; an unknown key is a request of another kind.
        const nlohmann::json doc = policy::parseStrictJson(text);
        policy::StrictObject root(doc, "");
        if (root.string("format") != "baosong.enrolment/1") {
            throw badEnrolment(path, "format 应为 baosong.enrolment/1");
        }
        policy::StrictObject unit = root.object("unit");
        e.unitId = unit.string("id");
        e.unitName = unit.string("name");
        unit.finish();
        e.signingKey = root.string("signing_key");
        e.reviewerKey = root.string("reviewer_key");
        root.string("created");
        root.finish();
    } catch (const policy::ParseError& err) {
        throw badEnrolment(path, err.what());
    }
    if (e.unitName.empty()) {
        throw badEnrolment(path, "单位名称为空");
    }
    if (!policy::isValidSocialCreditCode(e.unitId)) {
        throw badEnrolment(path, "单位代码“" + e.unitId + "”不是有效的统一社会信用代码");
    }
    try {
        const auto signing = crypto::MinisignPublicKey::fromBase64(e.signingKey);
        const auto reviewer = crypto::MinisignPublicKey::fromBase64(e.reviewerKey);
        if (signing == reviewer) {
            throw badEnrolment(path, "单位签名密钥与审查员密钥相同");
        }
    } catch (const crypto::CryptoError& err) {
        throw badEnrolment(path, std::string("公钥无效：") + err.what());
    }
    return e;
}

EnrolmentFingerprints enrolmentFingerprints(const Enrolment& enrolment) {
    try {
        return {fingerprintOf(crypto::MinisignPublicKey::fromBase64(enrolment.signingKey)),
                fingerprintOf(crypto::MinisignPublicKey::fromBase64(enrolment.reviewerKey))};
    } catch (const crypto::CryptoError& err) {
        throw AppError(ErrorKind::BadInput, "enrolment_invalid",
                       std::string("登记申请中的公钥无效：") + err.what());
    }
}

void requirePaperFingerprints(const EnrolmentFingerprints& keys, std::string_view unitTyped,
                              std::string_view reviewerTyped) {
    std::string differing;
    if (!sameFingerprint(keys.signing, unitTyped)) {
        differing = "单位签名密钥";
    }
    if (!sameFingerprint(keys.reviewer, reviewerTyped)) {
        differing += differing.empty() ? "保密审查员密钥" : "和保密审查员密钥";
    }
    if (!differing.empty()) {
        throw AppError(ErrorKind::Problem, "fingerprint_mismatch",
                       "登记申请中" + differing +
                           "的指纹与纸质登记表上的不同：这不是该单位盖章的登记申请，未登记。"
                           "请核对纸面抄录无误后，电话向该单位核实");
    }
}

void enrolUnit(Vault& vault, Enrolment enrolment, const std::string& actor) {
    requireOffice(vault);
    OfficeStore office(vault.db());
    if (const auto existing = office.enrolment(enrolment.unitId)) {
        if (existing->signingKey != enrolment.signingKey ||
            existing->reviewerKey != enrolment.reviewerKey) {
            throw AppError(ErrorKind::Problem, "enrolment_conflict",
                           "单位 " + enrolment.unitId +
                               " 已用其他密钥登记；更换密钥须由单位重新提交盖章的登记申请，"
                               "并由经办人核实后处理");
        }
        return;  // the same keys again: nothing to do
    }
    for (const Enrolment& other : office.enrolments()) {
        for (const std::string* key : {&enrolment.signingKey, &enrolment.reviewerKey}) {
            if (*key == other.signingKey || *key == other.reviewerKey) {
                throw AppError(ErrorKind::Problem, "key_enrolled_elsewhere",
                               "登记申请中的密钥已登记给单位 " + other.unitId +
                                   "；一个密钥只能属于一个单位，请核实登记申请");
            }
        }
    }
    enrolment.enrolledAt = utcNowRfc3339();
    enrolment.enrolledBy = actor;
    SqliteTransaction tx(vault.db());
    office.putEnrolment(enrolment);
    AuditLog(vault.db())
        .append(actor, "office.enrol",
                nlohmann::json{
                    {"unit_id", enrolment.unitId},
                    {"signing_key",
                     fingerprintOf(crypto::MinisignPublicKey::fromBase64(enrolment.signingKey))
                         .fingerprint},
                    {"reviewer_key",
                     fingerprintOf(crypto::MinisignPublicKey::fromBase64(enrolment.reviewerKey))
                         .fingerprint}}
                    .dump());
    tx.commit();
}

std::string writeQuotaGrant(Vault& vault, QuotaGrant grant, const std::string& out,
                            const std::string& actor) {
    requireOffice(vault);
    if (grant.max < 1 || grant.reason.empty() || grant.campaign.empty()) {
        throw AppError(ErrorKind::BadInput, "grant_invalid",
                       "额度授权须有活动编号、不小于 1 的名额和理由");
    }
    if (!OfficeStore(vault.db()).enrolment(grant.unit)) {
        throw AppError(ErrorKind::BadInput, "unit_not_enrolled",
                       "单位 " + grant.unit + " 尚未登记，不能为其签发额度授权");
    }
    grant.issued = utcNowRfc3339();
    requireNoTarget(out);
    requireNoTarget(out + ".minisig");
    const std::string json = quotaGrantJson(grant);
    parseQuotaGrant(json);  // only a grant every unit can read is signed (e.g. max ≤ 1000)
    const std::string signature =
        signQuotaGrant(json, VaultKeys(vault.db()).plainSecretKey(KeyRole::OfficeGrant));
    TempSibling file(out, TempSibling::Kind::File);
    file.write(json);
    TempSibling sig(out + ".minisig", TempSibling::Kind::File);
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
    return OfficeStore(vault.db()).recipient().text();
}

}  // namespace baosong::app
