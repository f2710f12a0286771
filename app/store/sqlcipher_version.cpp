#include "sqlcipher_version.h"

#include <sqlcipher/sqlite3.h>

#include "base/app_error.h"
#include "sqlite_database.h"

namespace baosong::app {

std::string sqlcipherVersion() {
    SqliteDatabase db(":memory:", SqliteDatabase::Mode::Create);
    auto stmt = db.prepare("PRAGMA cipher_version");
    const std::string cipher = stmt.step() ? stmt.text(0) : std::string();
    if (!cipher.starts_with("4.")) {
        throw AppError(ErrorKind::Problem, "sqlcipher_missing",
                       Text("sqlcipher_missing").with("version", cipher.empty() ? "?" : cipher));
    }
    return "SQLCipher " + cipher + ", SQLite " + sqlite3_libversion();
}

}  // namespace baosong::app
