#include "signed_document_store.h"

namespace baosong::app {

void SignedDocumentStore::replace(const std::vector<Document>& documents) {
    db_.exec("DELETE FROM signed_documents");
    for (const auto& [path, bytes] : documents) {
        db_.prepare("INSERT INTO signed_documents(path, data) VALUES(?1, ?2)")
            .bind(1, path)
            .bindBlob(2, {reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()})
            .run();
    }
}

std::optional<std::vector<SignedDocumentStore::Document>> SignedDocumentStore::load() {
    std::vector<Document> documents;
    auto stmt = db_.prepare("SELECT path, data FROM signed_documents ORDER BY path");
    while (stmt.step()) {
        const auto bytes = stmt.blob(1);
        documents.emplace_back(stmt.text(0), std::string(bytes.begin(), bytes.end()));
    }
    if (documents.empty()) {
        return std::nullopt;
    }
    return documents;
}

}  // namespace baosong::app
