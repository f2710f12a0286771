#pragma once
// RAII over SQLCipher's sqlite3 and sqlite3_stmt handles. Always SQLCipher's header: plain
// libsqlite3 exports the same symbols and must never be linked or loaded beside it.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace baosong::crypto {
class SecretBuffer;
}

namespace baosong::app {

class SqliteStatement;

// SQLCipher's raw key form "x'<hex key><hex salt>'", built in secret memory.
crypto::SecretBuffer sqlcipherRawKeyLiteral(std::span<const std::uint8_t> key,
                                            std::span<const std::uint8_t> salt);

class SqliteDatabase {
  public:
    enum class Mode {
        ReadWrite,
        Create,
        // Read-only, and SQLite assumes no other writer: it neither locks nor looks at a
        // journal, so nothing on disk can change, not even a crash rollback.
        ReadOnlyUntouched,
    };
    // Opens the file. No key is applied yet.
    SqliteDatabase(const std::string& path, Mode mode);
    SqliteDatabase(SqliteDatabase&& other) noexcept;
    SqliteDatabase& operator=(SqliteDatabase&& other) noexcept;
    SqliteDatabase(const SqliteDatabase&) = delete;
    SqliteDatabase& operator=(const SqliteDatabase&) = delete;
    ~SqliteDatabase();

    // Applies a raw 32-byte key and 16-byte salt ("x'<64 hex><32 hex>'", never a passphrase,
    // so SQLCipher's own PBKDF2 is skipped). The hex string lives only in secret memory.
    void keyRaw(std::span<const std::uint8_t> key, std::span<const std::uint8_t> salt);

    void exec(std::string_view sql);
    SqliteStatement prepare(std::string_view sql);
    std::int64_t lastInsertRowId() const;
    int changes() const;
    sqlite3* handle() noexcept { return db_; }

    // Throws AppError with the message and code of the last failure.
    [[noreturn]] void fail(const char* what) const;

  private:
    void close() noexcept;
    sqlite3* db_ = nullptr;
};

class SqliteStatement {
  public:
    SqliteStatement(SqliteDatabase& db, sqlite3_stmt* stmt) : db_(&db), stmt_(stmt) {}
    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;
    SqliteStatement& operator=(SqliteStatement&&) = delete;
    ~SqliteStatement();

    // Parameters are 1-based, as in SQLite.
    SqliteStatement& bind(int index, std::string_view text);
    SqliteStatement& bind(int index, std::int64_t value);
    SqliteStatement& bindBlob(int index, std::span<const std::uint8_t> bytes);
    SqliteStatement& bindNull(int index);
    // size bytes of zeros that SQLite writes without building them in memory; filled
    // afterwards through SqliteBlobWriter.
    SqliteStatement& bindZeroBlob(int index, std::int64_t size);

    // Advances; true while a row is available.
    bool step();
    // Runs a statement that returns no rows.
    void run();
    void reset();

    std::string text(int column) const;
    std::int64_t integer(int column) const;
    std::vector<std::uint8_t> blob(int column) const;
    std::span<const std::uint8_t> blobView(int column) const;  // valid until the next step
    bool isNull(int column) const;

  private:
    SqliteDatabase* db_;
    sqlite3_stmt* stmt_;
};

// BEGIN IMMEDIATE … COMMIT; rolls back unless commit() ran (exceptions included).
class SqliteTransaction {
  public:
    explicit SqliteTransaction(SqliteDatabase& db);
    SqliteTransaction(const SqliteTransaction&) = delete;
    SqliteTransaction& operator=(const SqliteTransaction&) = delete;
    ~SqliteTransaction();
    void commit();

  private:
    SqliteDatabase& db_;
    bool done_ = false;
};

}  // namespace baosong::app
