#pragma once
// What import stripped from each photo (EXIF, XMP, IPTC, comments, thumbnails; GPS above
// all), kept by the stored content's SHA-256 so the reviewer sees it in `review list`.

#include <optional>
#include <string>

#include "sqlite_database.h"

namespace baosong::app {

class PhotoMetadataStore {
  public:
    explicit PhotoMetadataStore(SqliteDatabase& db) : db_(db) {}

    // removedJson: the JSON object photo_metadata.h describes.
    void put(const std::string& sha256, const std::string& removedJson);
    std::optional<std::string> removed(const std::string& sha256);

  private:
    SqliteDatabase& db_;
};

}  // namespace baosong::app
