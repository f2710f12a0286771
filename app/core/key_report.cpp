#include "key_report.h"

#include <filesystem>

#include <nlohmann/json.hpp>

#include "base/app_error.h"
#include "base/temp_sibling.h"
#include "documents/enrolment_page.h"
#include "documents/flow_pdf.h"
#include "store/audit_log.h"
#include "store/office_public_store.h"
#include "store/vault_keys.h"
#include "vault_identity.h"

namespace baosong::app {

namespace {
StoredKey storedKey(VaultKeys& keys, KeyRole role, bool gm) {
    const auto record = gm ? keys.sm2Record(role) : keys.record(role);
    if (!record) {
        throw AppError(ErrorKind::BadInput, "key_missing", Text("key_missing_any"));
    }
    return {gm ? fingerprintOf(crypto::Sm2PublicKey::fromPem(record->publicKey))
               : fingerprintOf(crypto::MinisignPublicKey::fromBase64(record->publicKey)),
            record->created};
}
}  // namespace

KeyReport keyReport(Vault& vault) {
    VaultKeys keys(vault.db());
    const VaultIdentity id = loadIdentity(vault.db());
    std::optional<OfficeKeysHeld> office;
    std::string profile = "intl";
    if (const auto imported = OfficePublicStore(vault.db()).load()) {
        profile = imported->profile;
        office = profile == "gm"
                     ? OfficeKeysHeld{profile, crypto::toHex(imported->receiveSm2->fingerprint()),
                                      fingerprintOf(*imported->grantSm2)}
                     : OfficeKeysHeld{profile, imported->recipient->text(),
                                      fingerprintOf(*imported->grantKey)};
    }
    const bool gm = profile == "gm";
    return {id.unitId,
            id.unitName,
            profile,
            storedKey(keys, KeyRole::Unit, gm),
            storedKey(keys, KeyRole::Reviewer, gm),
            office};
}

std::string enrolmentJson(const KeyReport& report, const std::string& created) {
    nlohmann::ordered_json doc;
    doc["format"] = "baosong.enrolment/1";
    if (report.profile == "gm") {
        doc["profile"] = "gm";
    }
    doc["unit"] = {{"id", report.unitId}, {"name", report.unitName}};
    doc["signing_key"] = report.unit.key.publicKey;
    doc["reviewer_key"] = report.reviewer.key.publicKey;
    doc["created"] = created;
    return doc.dump(2) + "\n";
}

std::string writeEnrolment(Vault& vault, const std::string& out, const std::string& actor) {
    const std::string base = out.ends_with(".json") ? out.substr(0, out.size() - 5) : out;
    const std::string path = base + ".json";
    const std::string pagePath = base + ".pdf";
    requireNoTarget(path);
    requireNoTarget(pagePath);
    const KeyReport report = keyReport(vault);
    const std::string created = utcNowRfc3339();
    TempSibling temp(path, TempSibling::Kind::File);
    temp.write(enrolmentJson(report, created));
    TempSibling page(pagePath, TempSibling::Kind::File);
    page.write(documents::flowPdf(documents::enrolmentPage(
        {report.unitId, report.unitName, fingerprintOnTwoLines(report.unit.key),
         report.unit.key.publicKey, report.unit.key.keyId,
         fingerprintOnTwoLines(report.reviewer.key), report.reviewer.key.publicKey,
         report.reviewer.key.keyId, created, report.profile})));
    SqliteTransaction tx(vault.db());
    const nlohmann::json detail = {{"file", path},
                                   {"unit_key", report.unit.key.fingerprint},
                                   {"reviewer_key", report.reviewer.key.fingerprint}};
    AuditLog(vault.db()).append(actor, "keys.enrolment", detail.dump());
    // The files first: if they cannot appear (a name taken meanwhile), nothing is recorded;
    // the page without its request would be of no use, so it goes if the request cannot.
    page.commitNew();
    try {
        temp.commitNew();
    } catch (...) {
        std::error_code ignored;
        std::filesystem::remove(pagePath, ignored);
        throw;
    }
    tx.commit();
    return path;
}

}  // namespace baosong::app
