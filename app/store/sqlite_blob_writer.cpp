#include "sqlite_blob_writer.h"

#include <sqlite3.h>

#include <algorithm>

#include "sqlite_database.h"

namespace baosong::app {

SqliteBlobWriter::SqliteBlobWriter(SqliteDatabase& db, const char* table, const char* column,
                                   std::int64_t rowid)
    : db_(db) {
    if (sqlite3_blob_open(db.handle(), "main", table, column, rowid, 1, &blob_) != SQLITE_OK) {
        sqlite3_blob_close(blob_);  // a failed open may still leave a handle (sqlite3.h)
        blob_ = nullptr;
        db.fail("blob_open");
    }
}

SqliteBlobWriter::~SqliteBlobWriter() {
    sqlite3_blob_close(blob_);
}

void SqliteBlobWriter::write(std::int64_t offset, std::span<const std::uint8_t> bytes) {
    if (sqlite3_blob_write(blob_, bytes.data(), static_cast<int>(bytes.size()),
                           static_cast<int>(offset)) != SQLITE_OK) {
        db_.fail("blob_write");
    }
}

void SqliteBlobWriter::writeAll(std::span<const std::uint8_t> bytes) {
    constexpr std::size_t kPiece = std::size_t{1} << 20;
    for (std::size_t at = 0; at < bytes.size(); at += kPiece) {
        write(static_cast<std::int64_t>(at),
              bytes.subspan(at, std::min(kPiece, bytes.size() - at)));
    }
}

}  // namespace baosong::app
