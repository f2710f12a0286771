#include "office_public_store.h"

#include "audit_log.h"

namespace baosong::app {

std::optional<OfficePublicKeys> OfficePublicStore::load() {
    auto stmt = db_.prepare("SELECT recipient, grant_key, imported_at FROM office_public");
    if (!stmt.step()) {
        return std::nullopt;
    }
    return OfficePublicKeys{crypto::age::X25519Recipient::parse(stmt.text(0)),
                            crypto::MinisignPublicKey::fromBase64(stmt.text(1)), stmt.text(2)};
}

void OfficePublicStore::put(const crypto::age::X25519Recipient& recipient,
                            const crypto::MinisignPublicKey& grantKey) {
    db_.prepare(
           "INSERT OR REPLACE INTO office_public(id, recipient, grant_key, imported_at) "
           "VALUES(1, ?1, ?2, ?3)")
        .bind(1, recipient.text())
        .bind(2, grantKey.base64())
        .bind(3, utcNowRfc3339())
        .run();
}

}  // namespace baosong::app
