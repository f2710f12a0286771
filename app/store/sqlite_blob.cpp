#include "sqlite_blob.h"

#include <sqlite3.h>

#include <algorithm>

#include "sqlite_database.h"

namespace baosong::app {

SqliteBlob::SqliteBlob(SqliteDatabase& db, const char* table, const char* column,
                       std::int64_t rowid, Access access)
    : db_(db) {
    if (sqlite3_blob_open(db.handle(), "main", table, column, rowid,
                          access == Access::Write ? 1 : 0, &blob_) != SQLITE_OK) {
        sqlite3_blob_close(blob_);  // a failed open may still leave a handle (sqlite3.h)
        blob_ = nullptr;
        db.fail("blob_open");
    }
}

SqliteBlob::~SqliteBlob() {
    sqlite3_blob_close(blob_);
}

std::int64_t SqliteBlob::size() const {
    return sqlite3_blob_bytes(blob_);
}

void SqliteBlob::write(std::int64_t offset, std::span<const std::uint8_t> bytes) {
    if (sqlite3_blob_write(blob_, bytes.data(), static_cast<int>(bytes.size()),
                           static_cast<int>(offset)) != SQLITE_OK) {
        db_.fail("blob_write");
    }
}

void SqliteBlob::writeAll(std::span<const std::uint8_t> bytes) {
    constexpr std::size_t kPiece = std::size_t{1} << 20;
    for (std::size_t at = 0; at < bytes.size(); at += kPiece) {
        write(static_cast<std::int64_t>(at),
              bytes.subspan(at, std::min(kPiece, bytes.size() - at)));
    }
}

}  // namespace baosong::app
