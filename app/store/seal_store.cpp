#include "seal_store.h"

#include <nlohmann/json.hpp>

#include "base/app_error.h"

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

namespace {
constexpr const char* kPendingKey = "seal_pending";
}  // namespace

std::optional<PendingSeal> SealStore::pending() {
    const auto text = VaultMeta(db_).get(kPendingKey);
    if (!text || text->empty()) {
        return std::nullopt;
    }
    try {
        const auto doc = nlohmann::json::parse(*text);
        PendingSeal p;
        p.record = {doc.at("revision").get<long long>(), doc.at("sha256").get<std::string>(),
                    doc.at("file").get<std::string>(), doc.at("manifest").get<std::string>(),
                    doc.at("sealed_at").get<std::string>()};
        p.folder = doc.at("folder").get<std::string>();
        p.signatureSha256 = doc.at("signature_sha256").get<std::string>();
        p.readmeSha256 = doc.at("readme_sha256").get<std::string>();
        p.signatureSuffix = doc.value("signature_suffix", std::string(".minisig"));
        p.statementSha256 = doc.value("statement_sha256", std::string());
        if (p.signatureSuffix != ".minisig" && p.signatureSuffix != ".sig") {
            throw AppError(ErrorKind::Problem, "vault_corrupt", Text("seal_record_unreadable"));
        }
        return p;
    } catch (const nlohmann::json::exception&) {
        throw AppError(ErrorKind::Problem, "vault_corrupt", Text("seal_record_unreadable"));
    }
}

void SealStore::putPending(const PendingSeal& p) {
    VaultMeta(db_).put(kPendingKey, nlohmann::json{{"revision", p.record.revision},
                                                   {"sha256", p.record.sha256},
                                                   {"file", p.record.file},
                                                   {"manifest", p.record.manifest},
                                                   {"sealed_at", p.record.sealedAt},
                                                   {"folder", p.folder},
                                                   {"signature_sha256", p.signatureSha256},
                                                   {"readme_sha256", p.readmeSha256},
                                                   {"signature_suffix", p.signatureSuffix},
                                                   {"statement_sha256", p.statementSha256}}
                                        .dump());
}

void SealStore::clearPending() {
    db_.prepare("DELETE FROM meta WHERE key = ?1").bind(1, kPendingKey).run();
}

}  // namespace baosong::app
