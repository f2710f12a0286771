#include "docx_package.h"

#include <zip.h>

#include <filesystem>
#include <memory>
#include <vector>

#include "store/app_error.h"
#include "store/temp_sibling.h"

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
        R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>)";
    for (const DocxImage& image : images) {
        rels +=
            R"(<Relationship Id=")" + image.relId +
            R"(" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/)" +
            image.name + R"("/>)";
    }
    return rels + "</Relationships>";
}

AppError failed(const std::string& path, const std::string& why) {
    return AppError(ErrorKind::Problem, "docx_write_failed",
                    "写入 Word 文件“" + path + "”失败：" + why);
}

struct ZipDiscard {
    void operator()(zip_t* zip) const noexcept { zip_discard(zip); }
};
}  // namespace

void writeDocx(const std::string& path, const DocxParts& parts) {
    requireNoTarget(path);
    TempSibling temp(path, TempSibling::Kind::File);
    int error = 0;
    std::unique_ptr<zip_t, ZipDiscard> zip(zip_open(temp.path().c_str(), ZIP_TRUNCATE, &error));
    if (!zip) {
        throw failed(path, "libzip 错误 " + std::to_string(error));
    }
    std::vector<std::pair<std::string, std::string_view>> entries = {
        {"[Content_Types].xml", kContentTypes},
        {"_rels/.rels", kPackageRels},
        {"word/document.xml", parts.documentXml},
        {"word/styles.xml", parts.stylesXml},
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
            throw failed(path, zip_strerror(zip.get()));
        }
        const zip_int64_t index = zip_file_add(zip.get(), name.c_str(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            throw failed(path, zip_strerror(zip.get()));
        }
        const auto at = static_cast<zip_uint64_t>(index);
        if (zip_file_set_mtime(zip.get(), at, kFixedTime, 0) != 0 ||
            zip_set_file_compression(zip.get(), at, ZIP_CM_DEFLATE, 9) != 0) {
            throw failed(path, zip_strerror(zip.get()));
        }
    }
    if (zip_close(zip.get()) != 0) {
        throw failed(path, zip_strerror(zip.get()));
    }
    (void)zip.release();  // closed: nothing left to discard
    temp.commitNew();
}

}  // namespace baosong::app::documents
