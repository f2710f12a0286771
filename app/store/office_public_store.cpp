#include "office_public_store.h"

#include "audit_log.h"

namespace baosong::app {

std::optional<OfficePublicKeys> OfficePublicStore::load() {
    auto stmt = db_.prepare("SELECT recipient, grant_key, imported_at, profile FROM office_public");
    if (!stmt.step()) {
        return std::nullopt;
    }
    OfficePublicKeys keys;
    keys.profile = stmt.text(3);
    keys.importedAt = stmt.text(2);
    if (keys.profile == "gm") {
        keys.receiveSm2 = crypto::Sm2PublicKey::fromPem(stmt.text(0));
        keys.grantSm2 = crypto::Sm2PublicKey::fromPem(stmt.text(1));
    } else {
        keys.recipient = crypto::age::X25519Recipient::parse(stmt.text(0));
        keys.grantKey = crypto::MinisignPublicKey::fromBase64(stmt.text(1));
    }
    return keys;
}

void OfficePublicStore::put(const crypto::age::X25519Recipient& recipient,
                            const crypto::MinisignPublicKey& grantKey) {
    db_.prepare(
           "INSERT OR REPLACE INTO office_public(id, recipient, grant_key, imported_at, profile) "
           "VALUES(1, ?1, ?2, ?3, 'intl')")
        .bind(1, recipient.text())
        .bind(2, grantKey.base64())
        .bind(3, utcNowRfc3339())
        .run();
}

void OfficePublicStore::putGm(const crypto::Sm2PublicKey& receive,
                              const crypto::Sm2PublicKey& grant) {
    db_.prepare(
           "INSERT OR REPLACE INTO office_public(id, recipient, grant_key, imported_at, profile) "
           "VALUES(1, ?1, ?2, ?3, 'gm')")
        .bind(1, receive.pem())
        .bind(2, grant.pem())
        .bind(3, utcNowRfc3339())
        .run();
}

}  // namespace baosong::app
