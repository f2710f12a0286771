#include "office_text.h"

#include "ooxml/xml_part.h"
#include "ooxml/zip_package.h"

namespace baosong::app::extract {

namespace {
using ooxml::localName;

// Parts with words a person wrote. Styles, themes, settings, numbering, relationships and
// the properties (stripped at import) hold none.
bool readPart(const std::string& name) {
    if (!name.ends_with(".xml")) {
        return false;
    }
    for (const char* prefix :
         {"word/document", "word/header", "word/footer", "word/footnotes", "word/endnotes",
          "word/comments", "xl/sharedStrings", "xl/worksheets/", "xl/comments", "xl/workbook",
          "xl/drawings/drawing", "xl/threadedComments/", "word/glossary/document"}) {
        if (name.starts_with(prefix)) {
            return true;
        }
    }
    return false;
}

// Elements whose text is words: w:t, a:t, x:t (shared and inline strings), deleted and
// field text, a header's or footer's text in a sheet, a threaded comment's text.
bool wordsElement(std::string_view local) {
    return local == "t" || local == "delText" || local == "instrText" || local == "oddHeader" ||
           local == "evenHeader" || local == "firstHeader" || local == "oddFooter" ||
           local == "evenFooter" || local == "firstFooter" || local == "text";
}

// Elements whose end ends a line: paragraphs, shared strings, cells, rows, comments.
bool lineElement(std::string_view local) {
    return local == "p" || local == "si" || local == "row" || local == "comment" ||
           local == "threadedComment" || local == "tr";
}

TextPiece partText(const ooxml::PackagePart& part, const std::string& path) {
    TextPiece piece;
    piece.part = part.name;
    int inWords = 0;
    bool inValue = false;  // a cell's value that is no index into the shared strings
    bool cellIsIndex = false;
    ooxml::XmlVisitor visitor;
    visitor.start = [&](const std::string& name, const ooxml::XmlAttributes& attributes) {
        const std::string_view local = localName(name);
        if (wordsElement(local)) {
            ++inWords;
        } else if (local == "tab" && !piece.text.empty()) {
            piece.text += '\t';
        } else if (local == "br" || local == "cr") {
            piece.text += '\n';
        } else if (local == "sheet") {
            for (const auto& [key, value] : attributes) {
                if (key == "name") {
                    piece.text += value + "\n";
                }
            }
        } else if (local == "c") {
            cellIsIndex = false;
            for (const auto& [key, value] : attributes) {
                cellIsIndex = cellIsIndex || (key == "t" && value == "s");
            }
        } else if (local == "v") {
            inValue = !cellIsIndex;
        }
    };
    visitor.end = [&](const std::string& name) {
        const std::string_view local = localName(name);
        if (wordsElement(local)) {
            --inWords;
        } else if (local == "v") {
            if (inValue) {
                piece.text += '\t';
            }
            inValue = false;
        }
        if (lineElement(local) && !piece.text.empty() && piece.text.back() != '\n') {
            piece.text += '\n';
        }
    };
    visitor.text = [&](std::string_view text) {
        if (inWords > 0 || inValue) {
            piece.text += text;
        }
    };
    ooxml::walkXml(part.data, visitor, path, part.name);
    return piece;
}
}  // namespace

std::vector<TextPiece> officeText(std::span<const std::uint8_t> file, const std::string& path) {
    std::vector<TextPiece> pieces;
    for (const ooxml::PackagePart& part : ooxml::readPackage(file, path)) {
        if (!readPart(part.name)) {
            continue;
        }
        TextPiece piece = partText(part, path);
        if (piece.text.find_first_not_of(" \t\n") != std::string::npos) {
            pieces.push_back(std::move(piece));
        }
    }
    return pieces;
}

}  // namespace baosong::app::extract
