#pragma once
// The documents of the payload the security reviewer signed off (推荐表, 汇总表 and
// 推荐工作情况报告, Word and PDF, bundle.md "data/"), kept as made at the sign-off. The seal
// sends these bytes: exactly what the reviewer signed, and the seal need not make every
// document again (fonts, photos: half a second and some 60 MiB). A new sign-off replaces them.

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "sqlite_database.h"

namespace baosong::app {

class SignedDocumentStore {
  public:
    using Document = std::pair<std::string, std::string>;  // path under data/, bytes

    explicit SignedDocumentStore(SqliteDatabase& db) : db_(db) {}

    // Inside the sign-off's transaction.
    void replace(const std::vector<Document>& documents);
    // nullopt when none were kept (a sign-off made before vault schema 10).
    std::optional<std::vector<Document>> load();

  private:
    SqliteDatabase& db_;
};

}  // namespace baosong::app
