#pragma once
// A Word document as an Office Open XML package (ECMA-376 Part 2): [Content_Types].xml,
// the relationships, word/document.xml, word/styles.xml and word/fontTable.xml, zipped by
// ooxml/zip_package (the same document gives the same bytes, as the sign-off needs).

#include <cstdint>
#include <string>
#include <vector>

namespace baosong::app::documents {

// A JPEG the document shows, as word/media/<name>, related to the document as relId.
struct DocxImage {
    std::string relId;  // "rIdImage1", referenced by wordml::inlineImage
    std::string name;   // "image1.jpeg"
    std::vector<std::uint8_t> jpeg;
};

struct DocxParts {
    std::string documentXml;   // the w:document element and everything inside it
    std::string stylesXml;     // the w:styles element
    std::string fontTableXml;  // the w:fonts element
    std::vector<DocxImage> images = {};
};

// The package's bytes, zipped in memory. Throws AppError (Problem) "package_write_failed".
std::string docxPackage(const DocxParts& parts);

}  // namespace baosong::app::documents
