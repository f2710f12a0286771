#include "pdf_reader.h"

#include <gtest/gtest.h>

#include <sstream>

#include "support/process.h"

namespace baosong::test {

namespace {
// The rows of a tool's table, after its header and the rule under it, split on spaces.
std::vector<std::vector<std::string>> tableRows(const std::string& table) {
    std::vector<std::vector<std::string>> rows;
    std::istringstream lines(table);
    std::string line;
    for (int n = 0; std::getline(lines, line); ++n) {
        if (n < 2 || line.empty()) {
            continue;
        }
        std::istringstream words(line);
        std::vector<std::string> row;
        for (std::string word; words >> word;) {
            row.push_back(word);
        }
        rows.push_back(std::move(row));
    }
    return rows;
}
}  // namespace

std::string withoutSpace(const std::string& text) {
    std::string out;
    for (const char c : text) {
        if (c != ' ' && c != '\n' && c != '\t' && c != '\f' && c != '\r') {
            out += c;
        }
    }
    return out;
}

std::string pdfText(const std::string& path) {
    const ProcessResult r = runProcess({"pdftotext", "-raw", "-enc", "UTF-8", path, "-"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return withoutSpace(r.out);
}

std::vector<PdfFont> pdfFonts(const std::string& path) {
    const ProcessResult r = runProcess({"pdffonts", path});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    std::vector<PdfFont> fonts;
    // name type… encoding emb sub uni object-number generation: the type may hold spaces.
    for (const auto& row : tableRows(r.out)) {
        if (row.size() < 7) {
            ADD_FAILURE() << "pdffonts row not understood: " << r.out;
            continue;
        }
        const std::size_t n = row.size();
        fonts.push_back({row[0], row[n - 5] == "yes", row[n - 4] == "yes", row[n - 3] == "yes"});
    }
    return fonts;
}

std::vector<PdfImage> pdfImages(const std::string& path) {
    const ProcessResult r = runProcess({"pdfimages", "-list", path});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    std::vector<PdfImage> images;
    // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
    for (const auto& row : tableRows(r.out)) {
        if (row.size() < 16) {
            ADD_FAILURE() << "pdfimages row not understood: " << r.out;
            continue;
        }
        images.push_back({row[8], row[5], std::stoi(row[3]), std::stoi(row[4]), std::stod(row[12]),
                          std::stod(row[13])});
    }
    return images;
}

}  // namespace baosong::test
