#include "docx_package.h"

#include <zip.h>

#include <memory>
#include <vector>

#include "base/app_error.h"

namespace baosong::app::documents {

namespace {
// 1980-01-01 00:00, the earliest time a zip entry can carry: fixed, so output repeats.
constexpr time_t kFixedTime = 315532800;

constexpr const char* kContentTypes =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    "\n"
    R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
    R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
    R"(<Default Extension="xml" ContentType="application/xml"/>)"
    R"(<Default Extension="jpeg" ContentType="image/jpeg"/>)"
    R"(<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>)"
    R"(<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>)"
    R"(<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>)"
    R"(</Types>)";

constexpr const char* kPackageRels =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    "\n"
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>)"
    R"(</Relationships>)";

std::string documentRels(const std::vector<DocxImage>& images) {
    std::string rels =
        R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
        "\n"
        R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
        R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>)"
        R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>)";
    for (const DocxImage& image : images) {
        rels +=
            R"(<Relationship Id=")" + image.relId +
            R"(" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/)" +
            image.name + R"("/>)";
    }
    return rels + "</Relationships>";
}

AppError failed(app::Text why) {
    return AppError(ErrorKind::Problem, "docx_write_failed",
                    app::Text("docx_write_failed").with("why", std::move(why)));
}

// A library's own words for what went wrong.
AppError libraryFailed(const char* detail) {
    return failed(app::Text("library_said").with("detail", detail));
}

struct SourceFree {
    void operator()(zip_source_t* source) const noexcept { zip_source_free(source); }
};
struct ZipDiscard {
    void operator()(zip_t* zip) const noexcept { zip_discard(zip); }
};
using Source = std::unique_ptr<zip_source_t, SourceFree>;

// What zip_close left in the memory source.
std::string readAll(zip_source_t* source) {
    zip_stat_t stat;
    if (zip_source_stat(source, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE) ||
        zip_source_open(source) != 0) {
        throw libraryFailed(zip_error_strerror(zip_source_error(source)));
    }
    std::string bytes(stat.size, '\0');
    const zip_int64_t n = zip_source_read(source, bytes.data(), stat.size);
    zip_source_close(source);
    if (n != static_cast<zip_int64_t>(stat.size)) {
        throw failed(app::Text("docx_zip_incomplete"));
    }
    return bytes;
}
}  // namespace

std::string docxPackage(const DocxParts& parts) {
    zip_error_t error;
    zip_error_init(&error);
    Source buffer(zip_source_buffer_create(nullptr, 0, 0, &error));
    if (!buffer) {
        throw libraryFailed(zip_error_strerror(&error));
    }
    std::unique_ptr<zip_t, ZipDiscard> zip(
        zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error));
    if (!zip) {
        throw libraryFailed(zip_error_strerror(&error));
    }
    zip_source_keep(buffer.get());  // the archive holds a reference; ours stays for reading
    std::vector<std::pair<std::string, std::string_view>> entries = {
        {"[Content_Types].xml", kContentTypes},     {"_rels/.rels", kPackageRels},
        {"word/document.xml", parts.documentXml},   {"word/styles.xml", parts.stylesXml},
        {"word/fontTable.xml", parts.fontTableXml},
    };
    const std::string rels = documentRels(parts.images);
    entries.emplace_back("word/_rels/document.xml.rels", rels);
    for (const DocxImage& image : parts.images) {
        entries.emplace_back(
            "word/media/" + image.name,
            std::string_view(reinterpret_cast<const char*>(image.jpeg.data()), image.jpeg.size()));
    }
    for (const auto& [name, text] : entries) {
        // libzip reads the buffer at zip_close; `entries` outlives it.
        zip_source_t* source = zip_source_buffer(zip.get(), text.data(), text.size(), 0);
        if (!source) {
            throw libraryFailed(zip_strerror(zip.get()));
        }
        const zip_int64_t index = zip_file_add(zip.get(), name.c_str(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            throw libraryFailed(zip_strerror(zip.get()));
        }
        const auto at = static_cast<zip_uint64_t>(index);
        if (zip_file_set_mtime(zip.get(), at, kFixedTime, 0) != 0 ||
            zip_set_file_compression(zip.get(), at, ZIP_CM_DEFLATE, 9) != 0) {
            throw libraryFailed(zip_strerror(zip.get()));
        }
    }
    if (zip_close(zip.get()) != 0) {
        throw libraryFailed(zip_strerror(zip.get()));
    }
    (void)zip.release();  // closed: nothing left to discard
    return readAll(buffer.get());
}

}  // namespace baosong::app::documents
