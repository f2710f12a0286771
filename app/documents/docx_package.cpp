#include "docx_package.h"

#include <vector>

#include "ooxml/zip_package.h"

namespace baosong::app::documents {

namespace {
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

}  // namespace

std::string docxPackage(const DocxParts& parts) {
    std::vector<ooxml::PackagePartView> entries = {
        {"[Content_Types].xml", kContentTypes},     {"_rels/.rels", kPackageRels},
        {"word/document.xml", parts.documentXml},   {"word/styles.xml", parts.stylesXml},
        {"word/fontTable.xml", parts.fontTableXml},
    };
    const std::string rels = documentRels(parts.images);
    entries.push_back({"word/_rels/document.xml.rels", rels});
    for (const DocxImage& image : parts.images) {
        entries.push_back({"word/media/" + image.name,
                           std::string_view(reinterpret_cast<const char*>(image.jpeg.data()),
                                            image.jpeg.size())});
    }
    return ooxml::writePackage(entries);
}

}  // namespace baosong::app::documents
