#include "interrupted_seal.h"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <vector>

#include "base/temp_sibling.h"
#include "crypto/sha256.h"
#include "review_voiding.h"
#include "store/audit_log.h"
#include "store/seal_store.h"

namespace baosong::app {

namespace {
namespace fs = std::filesystem;

// The SHA-256 of a regular file at path, or "" when there is none to read.
std::string fileSha256(const fs::path& path) {
    std::error_code ec;
    if (!fs::is_regular_file(fs::symlink_status(path, ec))) {
        return {};
    }
    std::ifstream in(path, std::ios::binary);
    crypto::Sha256 hash;
    std::vector<char> buffer(1 << 16);
    while (in) {
        in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        hash.update(std::string_view(buffer.data(), static_cast<std::size_t>(in.gcount())));
    }
    return in.bad() ? std::string() : crypto::toHex(hash.finish());
}
}  // namespace

std::optional<Text> settleInterruptedSeal(SqliteDatabase& db, const std::string& actor) {
    SealStore seals(db);
    const auto pending = seals.pending();
    if (!pending) {
        return std::nullopt;
    }
    const fs::path bsx = fs::path(pending->folder) / pending->record.file;
    const fs::path sig = fs::path(bsx.string() + pending->signatureSuffix);
    const fs::path statement = fs::path(bsx.string() + ".statement");  // profile gm only
    const std::string stem = pending->record.file.substr(0, pending->record.file.size() - 4);
    const fs::path readme = fs::path(pending->folder) / (stem + ".README.txt");
    for (const fs::path& file : {bsx, sig, statement, readme}) {
        TempSibling::removeLeftovers(file.string());
    }
    const bool placed =
        !pending->record.sha256.empty() && fileSha256(bsx) == pending->record.sha256;
    SqliteTransaction tx(db);
    std::optional<Text> said;
    if (placed) {
        seals.record(pending->record);
        AuditLog(db).append(actor, "bundle.sealed",
                            nlohmann::json{{"file", pending->record.file},
                                           {"revision", pending->record.revision},
                                           {"sha256", pending->record.sha256},
                                           {"settled_after_interruption", true}}
                                .dump());
        spendSignOff(db, actor);
        said = Text("settled_seal_kept")
                   .with("path", bsx.string())
                   .with("revision", std::to_string(pending->record.revision));
    } else {
        // Only what this seal placed goes: same place, same bytes.
        std::error_code ec;
        if (!pending->signatureSha256.empty() && fileSha256(sig) == pending->signatureSha256) {
            fs::remove(sig, ec);
        }
        if (!pending->readmeSha256.empty() && fileSha256(readme) == pending->readmeSha256) {
            fs::remove(readme, ec);
        }
        if (!pending->statementSha256.empty() &&
            fileSha256(statement) == pending->statementSha256) {
            fs::remove(statement, ec);
        }
        AuditLog(db).append(
            actor, "bundle.seal-abandoned",
            nlohmann::json{{"revision", pending->record.revision}, {"folder", pending->folder}}
                .dump());
        said = Text("settled_seal_abandoned")
                   .with("revision", std::to_string(pending->record.revision));
    }
    seals.clearPending();
    tx.commit();
    return said;
}

}  // namespace baosong::app
