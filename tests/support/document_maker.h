#pragma once
// Attachments made at test time, as units scan, photograph and write them, so no binary
// documents live in git: pictures with words drawn in a real font (Pango, Noto CJK),
// PDFs with a text layer or only the picture of a page (a scan), and Word and Excel
// files with the traces office programs leave (authors, company, comment authors, rsids,
// printer settings, a thumbnail).

#include <cstdint>
#include <string>
#include <vector>

namespace baosong::test {

// Words drawn on a picture: at (x, y) pixels from the top left, `size` pixels tall, in
// black or in the given grey; vertical: one character under the other (a sign's column).
struct DrawnWords {
    std::string text;
    int x = 0;
    int y = 0;
    int size = 48;
    bool vertical = false;
    double angle = 0;  // degrees, clockwise: a photo not taken square on
};

struct Picture {
    int width = 1200;
    int height = 800;
    bool photo = true;  // a noisy, coloured scene behind the words (a life photo)
    double noise = 6;   // the sensor noise's standard deviation, in levels of 255
    std::vector<DrawnWords> words;
};

std::vector<std::uint8_t> pictureJpeg(const Picture& picture, int quality = 90);
std::vector<std::uint8_t> picturePng(const Picture& picture);

// A PDF whose pages carry the given text as a text layer (A4, 宋体-like Noto Serif CJK,
// 12 pt lines).
std::string textPdf(const std::vector<std::string>& pages);
// A PDF of A4 pages that are pictures only (a scan at 150 dpi): no text layer.
std::string scannedPdf(const std::vector<std::string>& pages);

struct OfficeMaking {
    std::vector<std::string> paragraphs;  // the body
    std::string tableCell;                // a table with one cell; "" for none
    std::string header;                   // "" for none
    std::string comment;                  // a comment on the first paragraph; "" for none
    std::string commentAuthor = "张三";
    std::string creator = "张三";
    std::string lastModifiedBy = "李四";
    std::string company = "某某研究所";
    bool traces = true;  // rsids, printer settings, custom properties, a thumbnail, template
};
std::vector<std::uint8_t> makeDocx(const OfficeMaking& making);
// A workbook with one sheet: the paragraphs as shared strings in column A, the comment as a
// legacy comment on A1 by commentAuthor.
std::vector<std::uint8_t> makeXlsx(const OfficeMaking& making);

}  // namespace baosong::test
