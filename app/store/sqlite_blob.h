#pragma once
// RAII over SQLite's incremental blob I/O: one stored value written or read in pieces, so
// that a file of any size passes through a fixed buffer. Binding it whole would copy it
// twice (the bound value and the record SQLite builds from it).

#include <cstdint>
#include <span>

struct sqlite3_blob;

namespace baosong::app {

class SqliteDatabase;

class SqliteBlob {
  public:
    enum class Access { Read, Write };
    // The value in table.column of the row rowid, in database "main". Throws what
    // SqliteDatabase::fail throws when it cannot be opened.
    SqliteBlob(SqliteDatabase& db, const char* table, const char* column, std::int64_t rowid,
               Access access);
    SqliteBlob(const SqliteBlob&) = delete;
    SqliteBlob& operator=(const SqliteBlob&) = delete;
    ~SqliteBlob();

    std::int64_t size() const;
    // A value keeps its size: writing past its end fails, so the row is inserted first
    // with zeroblob(size) (SqliteStatement::bindZeroBlob).
    void write(std::int64_t offset, std::span<const std::uint8_t> bytes);
    // Writes bytes from offset 0 in pieces of at most 1 MiB.
    void writeAll(std::span<const std::uint8_t> bytes);

  private:
    SqliteDatabase& db_;
    sqlite3_blob* blob_ = nullptr;
};

}  // namespace baosong::app
