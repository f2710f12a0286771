#include "vault.h"

#include <sys/stat.h>

#include "base/app_error.h"
#include "base/temp_sibling.h"
#include "crypto/crypto_error.h"
#include "sqlcipher_version.h"
#include "vault_schema.h"

namespace baosong::app {

namespace {
constexpr std::size_t kKeyBytes = 32;

crypto::SecretBuffer deriveKey(const crypto::SecretBuffer& passphrase, const VaultHeader& header) {
    try {
        return crypto::deriveArgon2id(passphrase, header.bytes, header.params(), kKeyBytes);
    } catch (const crypto::CryptoError& e) {
        const ErrorKind kind =
            e.code() == "passphrase_empty" ? ErrorKind::Locked : ErrorKind::Problem;
        throw AppError(kind, e.code(), libraryText("crypto", e));
    }
}

AppError wrongPassphrase() {
    return AppError(ErrorKind::Locked, "wrong_passphrase", Text("wrong_passphrase"));
}

// The first read decrypts page 1: a wrong key fails here and nowhere later.
void proveKey(SqliteDatabase& db) {
    try {
        auto stmt = db.prepare("SELECT count(*) FROM sqlite_master");
        stmt.step();
    } catch (const AppError& e) {
        if (e.code() == "vault_key_rejected") {
            throw wrongPassphrase();
        }
        throw;
    }
}

// The same proof on a connection that ignores any journal: the file may be mid-transaction,
// so only page 1 is read (its HMAC proves the key); anything else in a half-written file
// is for the real connection to judge after it has rolled the journal back.
void proveKeyOnFirstPage(SqliteDatabase& db) {
    try {
        auto stmt = db.prepare("PRAGMA user_version");
        stmt.step();
    } catch (const AppError& e) {
        if (e.code() == "vault_key_rejected") {
            throw wrongPassphrase();
        }
        if (e.code() != "vault_corrupt") {
            throw;
        }
    }
}

// Every page's HMAC, so damage anywhere is reported now, as damage, not later as an odd
// failure in the middle of some action.
void checkIntegrity(SqliteDatabase& db, const std::string& path) {
    auto stmt = db.prepare("PRAGMA cipher_integrity_check");
    if (stmt.step()) {
        throw AppError(ErrorKind::BadInput, "vault_corrupt",
                       Text("vault_altered").with("path", path).with("detail", stmt.text(0)));
    }
}
}  // namespace

// Once per process: refuse to touch a vault through anything but SQLCipher 4.
void requireSqlcipher4() {
    static const std::string version = sqlcipherVersion();
}

void Vault::configure(SqliteDatabase& db) {
    db.exec("PRAGMA cipher_memory_security = ON");  // wipe SQLCipher's freed memory
    db.exec("PRAGMA foreign_keys = ON");
    db.exec("PRAGMA temp_store = MEMORY");  // no temporary files, even encrypted ones
    db.exec("PRAGMA synchronous = FULL");
    db.exec("PRAGMA secure_delete = ON");
    // 16 MiB of pages rather than SQLite's 2 MiB: a file written in pieces (sqlite_blob_writer.h)
    // first fills its pages with zeros, and while they stay in the cache they are written
    // once, with their data, instead of being encrypted, written, read back and decrypted
    // in between (office open of a 200 MB bag of 9 MiB files: 4.3 s → 3.0 s). A bound on
    // memory that does not grow with the vault or the file.
    db.exec("PRAGMA cache_size = -16384");
}

SqliteDatabase Vault::openKeyed(const std::string& path, const crypto::SecretBuffer& key,
                                const VaultHeader& header) {
    SqliteDatabase db(path, SqliteDatabase::Mode::ReadWrite);
    db.keyRaw(key.bytes(), header.bytes);
    proveKey(db);
    return db;
}

Vault Vault::create(const std::string& path, const crypto::SecretBuffer& passphrase,
                    const crypto::Argon2idParams& params,
                    const std::function<void(SqliteDatabase&)>& populate) {
    struct stat st {};
    if (::lstat(path.c_str(), &st) == 0) {
        throw AppError(ErrorKind::BadInput, "target_exists",
                       Text("target_exists").with("path", path));
    }
    requireSqlcipher4();
    const VaultHeader header = VaultHeader::fresh(params);
    const crypto::SecretBuffer key = deriveKey(passphrase, header);
    std::optional<VaultWriterLock> writer;
    {
        TempSibling temp(path, TempSibling::Kind::File);
        {
            SqliteDatabase db(temp.path(), SqliteDatabase::Mode::ReadWrite);
            db.keyRaw(key.bytes(), header.bytes);
            configure(db);
            migrateVaultSchema(db);
            SqliteTransaction tx(db);
            populate(db);
            tx.commit();
        }
        writer = VaultWriterLock::acquire(temp.path());  // held as the file appears
        temp.commitNew();
    }
    SqliteDatabase db = openKeyed(path, key, header);
    configure(db);
    return Vault(path, header, std::move(writer), std::move(db));
}

Vault Vault::open(const std::string& path, const crypto::SecretBuffer& passphrase,
                  std::optional<VaultWriterLock> writer, PageCheck pages) {
    requireSqlcipher4();
    const VaultHeader header = VaultHeader::readFrom(path);
    const crypto::SecretBuffer key = deriveKey(passphrase, header);
    {
        // Prove the key before SQLite may write: a journal left by a killed process would
        // otherwise be rolled back even for a wrong passphrase.
        SqliteDatabase probe(path, SqliteDatabase::Mode::ReadOnlyUntouched);
        probe.keyRaw(key.bytes(), header.bytes);
        proveKeyOnFirstPage(probe);
    }
    SqliteDatabase db = openKeyed(path, key, header);
    if (pages == PageCheck::AllAtOpen) {
        checkIntegrity(db, path);
    }
    configure(db);
    migrateVaultSchema(db);
    return Vault(path, header, std::move(writer), std::move(db));
}

std::optional<VaultWriterLock> Vault::writeReencryptedCopy(
    const crypto::SecretBuffer& newKey, const VaultHeader& newHeader,
    const std::function<void(SqliteDatabase&)>& onNewCopy) {
    TempSibling temp(path_, TempSibling::Kind::File);
    {
        const crypto::SecretBuffer literal =
            sqlcipherRawKeyLiteral(newKey.bytes(), newHeader.bytes);
        auto attach = db_.prepare("ATTACH DATABASE ?1 AS rekeyed KEY ?2");
        attach.bind(1, temp.path()).bind(2, literal.view()).run();
    }
    db_.exec("PRAGMA rekeyed.cipher_compatibility = 4");  // as SqliteDatabase::keyRaw
    try {
        auto exportAll = db_.prepare("SELECT sqlcipher_export('rekeyed')");
        exportAll.run();
        db_.exec("PRAGMA rekeyed.user_version = " + std::to_string(currentVaultSchemaVersion()));
    } catch (...) {
        db_.exec("DETACH DATABASE rekeyed");
        throw;
    }
    db_.exec("DETACH DATABASE rekeyed");
    {
        SqliteDatabase copy = openKeyed(temp.path(), newKey, newHeader);
        configure(copy);
        SqliteTransaction tx(copy);
        onNewCopy(copy);
        tx.commit();
    }
    // The copy is held before it takes the vault's name, so no other writer gets in
    // between; the old connection keeps the old inode until it is replaced, so a failed
    // rename leaves this object working on the old vault.
    std::optional<VaultWriterLock> copyLock;
    if (writer_) {
        copyLock = VaultWriterLock::acquire(temp.path());
    }
    temp.commitReplace();
    return copyLock;
}

void Vault::changePassphrase(const crypto::SecretBuffer& newPassphrase,
                             const crypto::Argon2idParams& params,
                             const std::function<void(SqliteDatabase&)>& onNewCopy) {
    const VaultHeader newHeader = VaultHeader::fresh(params);
    const crypto::SecretBuffer newKey = deriveKey(newPassphrase, newHeader);
    // Hold the vault exclusively from the copy until the copy has replaced it: a change
    // another process committed in between would be lost with the old file. The lock
    // stays with this connection until it is replaced below.
    db_.exec("PRAGMA main.locking_mode = EXCLUSIVE");
    db_.exec("BEGIN EXCLUSIVE");
    db_.exec("COMMIT");
    std::optional<VaultWriterLock> copyLock;
    try {
        copyLock = writeReencryptedCopy(newKey, newHeader, onNewCopy);
    } catch (...) {
        // Give the lock back: the old vault stays in use, by this process and others.
        db_.exec("PRAGMA main.locking_mode = NORMAL");
        db_.exec("SELECT count(*) FROM sqlite_master");
        throw;
    }
    db_ = openKeyed(path_, newKey, newHeader);
    configure(db_);
    header_ = newHeader;
    writer_ = std::move(copyLock);  // the old file's lock goes after its connection closed
}

}  // namespace baosong::app
