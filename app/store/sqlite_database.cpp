#include "sqlite_database.h"

#include <sodium.h>

#include <sqlcipher/sqlite3.h>
#include <cctype>

#include "base/app_error.h"
#include "crypto/secret_buffer.h"

namespace baosong::app {

namespace {
// "file:" URI with every byte but unreserved ones and '/' percent-encoded.
std::string fileUri(const std::string& path, const char* query) {
    static const char* hex = "0123456789ABCDEF";
    std::string uri = "file:";
    for (const char c : path) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) != 0 || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
            uri += c;
        } else {
            uri += '%';
            uri += hex[u >> 4];
            uri += hex[u & 0xf];
        }
    }
    return uri + "?" + query;
}
}  // namespace

SqliteDatabase::SqliteDatabase(const std::string& path, Mode mode) {
    int flags = SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_FULLMUTEX | SQLITE_OPEN_EXRESCODE;
    std::string name = path;
    switch (mode) {
        case Mode::ReadWrite:
            flags |= SQLITE_OPEN_READWRITE;
            break;
        case Mode::Create:
            flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
            break;
        case Mode::ReadOnlyUntouched:
            flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
            name = fileUri(path, "immutable=1");
            break;
    }
    const int rc = sqlite3_open_v2(name.c_str(), &db_, flags, nullptr);
    if (rc == SQLITE_OK) {
        // Another baosong on the same vault (the GUI and a script): wait a little, then
        // say so plainly instead of failing on the first lock.
        sqlite3_busy_timeout(db_, 5000);
    } else {
        const std::string detail = db_ != nullptr ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
        close();
        throw AppError(ErrorKind::BadInput, "vault_open_failed",
                       Text("vault_open_failed").with("path", path).with("detail", detail));
    }
}

SqliteDatabase::SqliteDatabase(SqliteDatabase&& other) noexcept : db_(other.db_) {
    other.db_ = nullptr;
}

SqliteDatabase& SqliteDatabase::operator=(SqliteDatabase&& other) noexcept {
    if (this != &other) {
        close();
        db_ = other.db_;
        other.db_ = nullptr;
    }
    return *this;
}

SqliteDatabase::~SqliteDatabase() {
    close();
}

void SqliteDatabase::close() noexcept {
    if (db_ != nullptr) {
        sqlite3_close_v2(db_);
        db_ = nullptr;
    }
}

crypto::SecretBuffer sqlcipherRawKeyLiteral(std::span<const std::uint8_t> key,
                                            std::span<const std::uint8_t> salt) {
    crypto::SecretBuffer literal(3 + 2 * (key.size() + salt.size()));
    char* out = reinterpret_cast<char*>(literal.data());
    out[0] = 'x';
    out[1] = '\'';
    sodium_bin2hex(out + 2, 2 * key.size() + 1, key.data(), key.size());
    sodium_bin2hex(out + 2 + 2 * key.size(), 2 * salt.size() + 1, salt.data(), salt.size());
    out[literal.size() - 1] = '\'';
    return literal;
}

void SqliteDatabase::keyRaw(std::span<const std::uint8_t> key, std::span<const std::uint8_t> salt) {
    const crypto::SecretBuffer literal = sqlcipherRawKeyLiteral(key, salt);
    if (sqlite3_key(db_, literal.data(), static_cast<int>(literal.size())) != SQLITE_OK) {
        fail("sqlite3_key");
    }
    // SQLCipher would otherwise print page-decryption failures on stderr when a key is
    // wrong. Like every cipher_ pragma, it takes effect only once a key is set.
    exec("PRAGMA cipher_log_level = NONE");
    // The format pinned, not inherited (VAULT_FORMAT.md): SQLCipher 4's page size, HMAC
    // and KDF settings, whatever a later SQLCipher's defaults or a process-wide
    // cipher_default_* pragma say, so a vault stays readable by the build that made it.
    exec("PRAGMA cipher_compatibility = 4");
}

void SqliteDatabase::exec(std::string_view sql) {
    const std::string statement(sql);
    if (sqlite3_exec(db_, statement.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) {
        fail("exec");
    }
}

SqliteStatement SqliteDatabase::prepare(std::string_view sql) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr) !=
        SQLITE_OK) {
        fail("prepare");
    }
    return {*this, stmt};
}

std::int64_t SqliteDatabase::lastInsertRowId() const {
    return sqlite3_last_insert_rowid(db_);
}

int SqliteDatabase::changes() const {
    return sqlite3_changes(db_);
}

void SqliteDatabase::fail(const char* what) const {
    const int rc = sqlite3_extended_errcode(db_);
    const std::string detail = sqlite3_errmsg(db_);
    if ((rc & 0xff) == SQLITE_NOTADB) {
        // A page that fails its HMAC. On the first read this means a wrong key (Vault
        // reports it so); afterwards it can only be damage.
        throw AppError(ErrorKind::BadInput, "vault_key_rejected", Text("vault_key_rejected"));
    }
    if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED) {
        throw AppError(ErrorKind::Locked, "vault_busy", Text("vault_busy_process"));
    }
    if ((rc & 0xff) == SQLITE_FULL) {
        throw AppError(ErrorKind::Problem, "disk_full", Text("disk_full_vault_unchanged"));
    }
    if ((rc & 0xff) == SQLITE_CORRUPT) {
        throw AppError(ErrorKind::BadInput, "vault_corrupt",
                       Text("vault_file_damaged").with("detail", detail));
    }
    throw AppError(ErrorKind::Problem, "sqlite_error",
                   Text("sqlite_error").with("what", what).with("detail", detail));
}

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : db_(other.db_), stmt_(other.stmt_) {
    other.stmt_ = nullptr;
}

SqliteStatement::~SqliteStatement() {
    if (stmt_ != nullptr) {
        sqlite3_finalize(stmt_);
    }
}

SqliteStatement& SqliteStatement::bind(int index, std::string_view text) {
    if (sqlite3_bind_text64(stmt_, index, text.data(), text.size(), SQLITE_TRANSIENT,
                            SQLITE_UTF8) != SQLITE_OK) {
        db_->fail("bind");
    }
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, std::int64_t value) {
    if (sqlite3_bind_int64(stmt_, index, value) != SQLITE_OK) {
        db_->fail("bind");
    }
    return *this;
}

SqliteStatement& SqliteStatement::bindBlob(int index, std::span<const std::uint8_t> bytes) {
    // A zero-length blob must still be a blob, not NULL: pass a valid pointer.
    static const std::uint8_t empty = 0;
    if (sqlite3_bind_blob64(stmt_, index, bytes.empty() ? &empty : bytes.data(), bytes.size(),
                            SQLITE_TRANSIENT) != SQLITE_OK) {
        db_->fail("bind");
    }
    return *this;
}

SqliteStatement& SqliteStatement::bindZeroBlob(int index, std::int64_t size) {
    if (sqlite3_bind_zeroblob64(stmt_, index, static_cast<sqlite3_uint64>(size)) != SQLITE_OK) {
        db_->fail("bind");
    }
    return *this;
}

SqliteStatement& SqliteStatement::bindNull(int index) {
    if (sqlite3_bind_null(stmt_, index) != SQLITE_OK) {
        db_->fail("bind");
    }
    return *this;
}

bool SqliteStatement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    db_->fail("step");
}

void SqliteStatement::run() {
    while (step()) {
    }
}

void SqliteStatement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

std::string SqliteStatement::text(int column) const {
    const auto* p = sqlite3_column_text(stmt_, column);
    const int n = sqlite3_column_bytes(stmt_, column);
    return p == nullptr
               ? std::string()
               : std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n));
}

std::int64_t SqliteStatement::integer(int column) const {
    return sqlite3_column_int64(stmt_, column);
}

std::span<const std::uint8_t> SqliteStatement::blobView(int column) const {
    const auto* p = static_cast<const std::uint8_t*>(sqlite3_column_blob(stmt_, column));
    const int n = sqlite3_column_bytes(stmt_, column);
    return p == nullptr ? std::span<const std::uint8_t>()
                        : std::span(p, static_cast<std::size_t>(n));
}

std::vector<std::uint8_t> SqliteStatement::blob(int column) const {
    const auto view = blobView(column);
    return {view.begin(), view.end()};
}

bool SqliteStatement::isNull(int column) const {
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

SqliteTransaction::SqliteTransaction(SqliteDatabase& db) : db_(db) {
    db_.exec("BEGIN IMMEDIATE");
}

SqliteTransaction::~SqliteTransaction() {
    if (!done_) {
        sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

void SqliteTransaction::commit() {
    db_.exec("COMMIT");
    done_ = true;
}

}  // namespace baosong::app
