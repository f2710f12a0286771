#include "submission_store.h"

#include <sqlite3.h>

#include <memory>

#include "base/app_error.h"
#include "crypto/sha256.h"
#include "crypto/sm3.h"
#include "policy/parse_error.h"
#include "policy/submission_json.h"
#include "sqlite_blob_writer.h"

namespace baosong::app {

std::optional<policy::Submission> SubmissionStore::load() {
    auto stmt = db_.prepare("SELECT body FROM submission WHERE id = 1");
    if (!stmt.step()) {
        return std::nullopt;
    }
    try {
        return policy::parseSubmission(stmt.text(0));
    } catch (const policy::ParseError& e) {
        throw AppError(ErrorKind::BadInput, "vault_corrupt",
                       Text("vault_submission_unreadable").with("detail", e.what()));
    }
}

void SubmissionStore::save(const policy::Submission& submission) {
    const std::string body = policy::toJson(submission);
    // Only what load() reads back is stored: a field the form took with a control character
    // in it (a paste) is refused here, naming the field, instead of making the vault
    // unreadable at the next unlock.
    try {
        policy::parseSubmission(body);
    } catch (const policy::ParseError& e) {
        throw AppError(ErrorKind::BadInput, e.code(),
                       Text("submission_unsavable").with("why", libraryText("policy", e)));
    }
    db_.prepare("INSERT OR REPLACE INTO submission(id, body) VALUES(1, ?1)").bind(1, body).run();
}

void SubmissionStore::removeAllFiles() {
    db_.exec("DELETE FROM files");
}

void SubmissionStore::removeFile(const std::string& path) {
    db_.prepare("DELETE FROM files WHERE path = ?1").bind(1, path).run();
}

StoredFile SubmissionStore::putFile(const std::string& path, std::span<const std::uint8_t> bytes) {
    StoredFile file{path, crypto::toHex(crypto::Sha256::of(bytes)),
                    static_cast<std::int64_t>(bytes.size()), crypto::toHex(crypto::Sm3::of(bytes))};
    // The content goes in through incremental blob I/O: binding it would copy it twice.
    db_.prepare("INSERT OR IGNORE INTO blobs(sha256, size, sm3, data) VALUES(?1, ?2, ?3, ?4)")
        .bind(1, file.sha256)
        .bind(2, file.size)
        .bind(3, file.sm3)
        .bindZeroBlob(4, file.size)
        .run();
    if (db_.changes() == 1) {
        SqliteBlobWriter(db_, "blobs", "data", db_.lastInsertRowId()).writeAll(bytes);
    }
    db_.prepare("INSERT OR REPLACE INTO files(path, sha256) VALUES(?1, ?2)")
        .bind(1, path)
        .bind(2, file.sha256)
        .run();
    return file;
}

std::vector<StoredFile> SubmissionStore::files() {
    std::vector<StoredFile> out;
    auto stmt = db_.prepare(
        "SELECT files.path, files.sha256, blobs.size, blobs.sm3 FROM files "
        "JOIN blobs ON blobs.sha256 = files.sha256 ORDER BY files.path");
    while (stmt.step()) {
        out.push_back({stmt.text(0), stmt.text(1), stmt.integer(2), stmt.text(3)});
    }
    return out;
}

std::vector<std::uint8_t> SubmissionStore::fileContents(const std::string& path) {
    std::vector<std::uint8_t> data;
    streamFile(path, [&data](std::span<const std::uint8_t> piece) {
        data.insert(data.end(), piece.begin(), piece.end());
    });
    return data;
}

std::optional<std::vector<std::uint8_t>> SubmissionStore::findFileContents(
    const std::string& path) {
    if (!db_.prepare("SELECT 1 FROM files WHERE path = ?1").bind(1, path).step()) {
        return std::nullopt;
    }
    return fileContents(path);
}

void SubmissionStore::streamFile(const std::string& path,
                                 const std::function<void(std::span<const std::uint8_t>)>& each) {
    auto stmt = db_.prepare(
        "SELECT blobs.rowid, blobs.sha256, blobs.size FROM files "
        "JOIN blobs ON blobs.sha256 = files.sha256 WHERE files.path = ?1");
    stmt.bind(1, path);
    if (!stmt.step()) {
        throw AppError(ErrorKind::BadInput, "file_missing_in_vault",
                       Text("vault_file_missing").with("path", path));
    }
    const std::string expected = stmt.text(1);
    const auto size = stmt.integer(2);
    sqlite3_blob* raw = nullptr;
    if (sqlite3_blob_open(db_.handle(), "main", "blobs", "data", stmt.integer(0), 0, &raw) !=
        SQLITE_OK) {
        sqlite3_blob_close(raw);
        throw AppError(ErrorKind::BadInput, "vault_corrupt",
                       Text("vault_file_unopenable").with("path", path));
    }
    const std::unique_ptr<sqlite3_blob, int (*)(sqlite3_blob*)> blob(raw, sqlite3_blob_close);
    std::vector<std::uint8_t> buffer(256 * 1024);
    crypto::Sha256 hash;
    for (std::int64_t offset = 0; offset < size;) {
        const int n = static_cast<int>(
            std::min<std::int64_t>(static_cast<std::int64_t>(buffer.size()), size - offset));
        if (sqlite3_blob_read(blob.get(), buffer.data(), n, static_cast<int>(offset)) !=
            SQLITE_OK) {
            throw AppError(ErrorKind::BadInput, "vault_corrupt",
                           Text("vault_file_read_failed").with("path", path));
        }
        const std::span<const std::uint8_t> piece(buffer.data(), static_cast<std::size_t>(n));
        hash.update(piece);
        each(piece);
        offset += n;
    }
    // The page HMACs already authenticate; this catches a bug that pairs wrong rows.
    if (crypto::toHex(hash.finish()) != expected) {
        throw AppError(ErrorKind::BadInput, "vault_corrupt",
                       Text("vault_file_checksum").with("path", path));
    }
}

void SubmissionStore::collectGarbage() {
    db_.exec("DELETE FROM blobs WHERE sha256 NOT IN (SELECT sha256 FROM files)");
    db_.exec("DELETE FROM file_text WHERE sha256 NOT IN (SELECT sha256 FROM blobs)");
    db_.exec("DELETE FROM stamped_basis WHERE path NOT IN (SELECT path FROM files)");
}

void SubmissionStore::putStampedBasis(const std::string& path, const std::string& basis) {
    db_.prepare("INSERT OR REPLACE INTO stamped_basis(path, basis) VALUES(?1, ?2)")
        .bind(1, path)
        .bind(2, basis)
        .run();
}

std::map<std::string, std::string> SubmissionStore::stampedBases() {
    std::map<std::string, std::string> out;
    auto stmt = db_.prepare("SELECT path, basis FROM stamped_basis");
    while (stmt.step()) {
        out.emplace(stmt.text(0), stmt.text(1));
    }
    return out;
}

}  // namespace baosong::app
