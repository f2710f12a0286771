#include "vault_meta.h"

namespace baosong::app {

std::optional<std::string> VaultMeta::get(const char* key) {
    auto stmt = db_.prepare("SELECT value FROM meta WHERE key = ?1");
    stmt.bind(1, key);
    if (!stmt.step()) {
        return std::nullopt;
    }
    return stmt.text(0);
}

void VaultMeta::put(const char* key, const std::string& value) {
    db_.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES(?1, ?2)")
        .bind(1, key)
        .bind(2, value)
        .run();
}

}  // namespace baosong::app
