#pragma once
// RAII over SQLite's incremental blob I/O for writing: one stored value filled in pieces,
// so that a file of any size passes through a fixed buffer. Binding it whole would copy it
// twice (the bound value and the record SQLite builds from it).

#include <cstdint>
#include <span>

struct sqlite3_blob;

namespace baosong::app {

class SqliteDatabase;

class SqliteBlobWriter {
  public:
    // The value in table.column of the row rowid, in database "main", inserted beforehand
    // with zeroblob(size) (SqliteStatement::bindZeroBlob): a value keeps its size, and
    // writing past its end fails. Throws what SqliteDatabase::fail throws.
    SqliteBlobWriter(SqliteDatabase& db, const char* table, const char* column, std::int64_t rowid);
    SqliteBlobWriter(const SqliteBlobWriter&) = delete;
    SqliteBlobWriter& operator=(const SqliteBlobWriter&) = delete;
    ~SqliteBlobWriter();

    void write(std::int64_t offset, std::span<const std::uint8_t> bytes);
    // Writes bytes from offset 0 in pieces of at most 1 MiB.
    void writeAll(std::span<const std::uint8_t> bytes);

  private:
    SqliteDatabase& db_;
    sqlite3_blob* blob_ = nullptr;
};

}  // namespace baosong::app
