#include "seal_store.h"

namespace baosong::app {

std::optional<SealRecord> SealStore::last() {
    auto stmt = db_.prepare(
        "SELECT revision, sha256, file, manifest, sealed_at FROM seals "
        "ORDER BY revision DESC LIMIT 1");
    if (!stmt.step()) {
        return std::nullopt;
    }
    return SealRecord{stmt.integer(0), stmt.text(1), stmt.text(2), stmt.text(3), stmt.text(4)};
}

void SealStore::record(const SealRecord& seal) {
    db_.prepare(
           "INSERT INTO seals(revision, sha256, file, manifest, sealed_at) "
           "VALUES(?1, ?2, ?3, ?4, ?5)")
        .bind(1, std::int64_t{seal.revision})
        .bind(2, seal.sha256)
        .bind(3, seal.file)
        .bind(4, seal.manifest)
        .bind(5, seal.sealedAt)
        .run();
}

}  // namespace baosong::app
