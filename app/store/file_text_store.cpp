#include "file_text_store.h"

namespace baosong::app {

void FileTextStore::put(const std::string& sha256, const std::string& reader,
                        const std::string& body) {
    db_.prepare("INSERT OR REPLACE INTO file_text(sha256, reader, body) VALUES (?, ?, ?)")
        .bind(1, sha256)
        .bind(2, reader)
        .bind(3, body)
        .run();
}

std::optional<std::string> FileTextStore::body(const std::string& sha256,
                                               const std::string& reader) {
    auto stmt = db_.prepare("SELECT body FROM file_text WHERE sha256 = ? AND reader = ?");
    stmt.bind(1, sha256).bind(2, reader);
    if (!stmt.step()) {
        return std::nullopt;
    }
    return stmt.text(0);
}

}  // namespace baosong::app
