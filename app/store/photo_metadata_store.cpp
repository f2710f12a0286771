#include "photo_metadata_store.h"

namespace baosong::app {

void PhotoMetadataStore::put(const std::string& sha256, const std::string& removedJson) {
    db_.prepare("INSERT OR REPLACE INTO photo_metadata(sha256, removed) VALUES (?, ?)")
        .bind(1, sha256)
        .bind(2, removedJson)
        .run();
}

std::optional<std::string> PhotoMetadataStore::removed(const std::string& sha256) {
    auto stmt = db_.prepare("SELECT removed FROM photo_metadata WHERE sha256 = ?");
    stmt.bind(1, sha256);
    if (!stmt.step()) {
        return std::nullopt;
    }
    return stmt.text(0);
}

}  // namespace baosong::app
