#include "flow_docx.h"

#include "docx_package.h"
#include "wordml.h"

namespace baosong::app::documents {

namespace {

std::string paragraphXml(const Text& text) {
    return wordml::paragraph(text.text, {text.bold, text.halfPoints, text.face}, text.align,
                             text.keepWithNext);
}

// Collects the pictures as image parts while the body is written.
class BodyWriter {
  public:
    std::string block(const Block& block) {
        switch (block.kind) {
            case Block::Kind::Text:
                return paragraphXml(block.text);
            case Block::Kind::Table:
                return tableXml(block.table);
            case Block::Kind::PageBreak:
                break;
        }
        return wordml::pageBreak();
    }

    std::vector<DocxImage> takeImages() { return std::move(images_); }

  private:
    std::string tableXml(const Table& table) {
        std::vector<wordml::Row> rows;
        for (const Row& row : table.rows) {
            wordml::Row out{{}, row.keepWhole, row.minHeight};
            for (const Cell& cell : row.cells) {
                wordml::Cell cellXml{"", cell.span, false, "", cell.merge};
                if (cell.picture) {
                    cellXml.xml += pictureXml(*cell.picture);
                }
                for (const Text& text : cell.paragraphs) {
                    cellXml.xml += paragraphXml(text);
                }
                // A cell must hold at least one paragraph (ECMA-376 §17.4.66).
                if (cellXml.xml.empty()) {
                    cellXml.xml = wordml::paragraph("");
                }
                out.cells.push_back(std::move(cellXml));
            }
            rows.push_back(std::move(out));
        }
        return wordml::table(table.widths, rows, table.headerRows);
    }

    std::string pictureXml(const Picture& picture) {
        const int n = static_cast<int>(images_.size()) + 1;
        const std::string relId = "rIdImage" + std::to_string(n);
        images_.push_back({relId, "image" + std::to_string(n) + ".jpeg", picture.jpeg});
        return wordml::inlineImage(relId, n, picture.widthMm, picture.heightMm);
    }

    std::vector<DocxImage> images_;
};

}  // namespace

std::string flowDocx(const FlowDocument& document) {
    BodyWriter writer;
    std::string body;
    for (const Block& block : document.blocks) {
        body += writer.block(block);
    }
    return docxPackage({wordml::document(body, document.landscape), wordml::styles(),
                        wordml::fontTable(), writer.takeImages()});
}

}  // namespace baosong::app::documents
