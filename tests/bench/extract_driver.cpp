// The words out of attachments (app/extract), for tests/bench/extract_bench: makes the
// files it reads, and reads one as intake does, so the script can time it as a whole
// process beside the standard tools that do the same work (pdftotext, pdftoppm with the
// tesseract command, docx2txt).
//
//   extract_driver make DIR PAGES   DIR/text.pdf (a text layer), DIR/scan.pdf (pictures of
//                                   pages only), DIR/doc.docx: PAGES A4 pages of prose each
//   extract_driver read FILE        reads FILE's words, prints how many characters

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/file_reader.h"
#include "support/document_maker.h"

namespace {

namespace fs = std::filesystem;
using namespace baosong;

// About 1,100 characters: a page of 五号-sized prose, the body of a certificate or a paper.
std::string pageOfProse(int page) {
    static const std::vector<std::string> sentences = {
        "他带领团队攻克厚板高强钢窄间隙焊接难题，使产品焊缝一次探伤合格率由百分之九十一提高到九十九"
        "。",
        "近五年获授权发明专利十二项，发表论文十八篇，获自治区科学技术进步奖二等奖一项。",
        "工作之余，他走进中小学开展科普讲座二十余场，累计听众三千余人，深受师生欢迎。",
        "团队内部分工明确，他总结的三查三比工艺控制法写入企业标准，在集团内推广应用。",
        "为保证节点，他带领青年骨干连续奋战，驱车六百多公里赶到用户现场排除故障。",
    };
    std::string text = "第" + std::to_string(page) + "页\n";
    for (std::size_t i = 0; text.size() < 3300; ++i) {
        text += sentences[(i + static_cast<std::size_t>(page)) % sentences.size()];
        if (i % 3 == 2) {
            text += "\n";
        }
    }
    return text;
}

void writeAll(const fs::path& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary)
        .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

int make(const fs::path& dir, int pages) {
    std::vector<std::string> prose;
    test::OfficeMaking office;
    office.traces = false;
    for (int i = 1; i <= pages; ++i) {
        prose.push_back(pageOfProse(i));
        office.paragraphs.push_back(prose.back());
    }
    writeAll(dir / "text.pdf", test::textPdf(prose));
    writeAll(dir / "scan.pdf", test::scannedPdf(prose));
    const std::vector<std::uint8_t> docx = test::makeDocx(office);
    writeAll(dir / "doc.docx", std::string(docx.begin(), docx.end()));
    return 0;
}

int read(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    const std::string s = bytes.str();
    const auto format = file.extension() == ".docx" ? app::extract::ReadableFormat::Office
                                                    : app::extract::ReadableFormat::Pdf;
    app::extract::FileReader reader;
    const auto words = reader.read(format, std::vector<std::uint8_t>(s.begin(), s.end()),
                                   file.filename().string());
    std::size_t characters = 0;
    for (const auto& piece : words.pieces) {
        characters += piece.text.size();
    }
    std::cout << characters << "\n";
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    try {
        if (args.size() == 3 && args[0] == "make") {
            return make(args[1], std::stoi(args[2]));
        }
        if (args.size() == 2 && args[0] == "read") {
            return read(args[1]);
        }
    } catch (const std::exception& e) {
        std::cerr << e.what() << "\n";
        return 1;
    }
    std::cerr << "usage: extract_driver make DIR PAGES | read FILE\n";
    return 2;
}
