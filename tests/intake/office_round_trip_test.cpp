// Stripping a Word or Excel file's metadata (intake/office_metadata.h) leaves its content
// and layout as they were: LibreOffice opens the stripped file and prints it on as many
// pages, with the same words in the same order, as the original. One soffice run converts
// both pairs. Skipped without LibreOffice or poppler-utils, except under CI=true
// (deploy/install-deps installs both).

#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <fstream>

#include "intake/office_metadata.h"
#include "support/document_maker.h"
#include "support/office_conversion.h"
#include "support/temp_dir.h"

namespace baosong::test {
namespace {

namespace fs = std::filesystem;

void writeBytes(const fs::path& path, const std::vector<std::uint8_t>& bytes) {
    std::ofstream(path, std::ios::binary)
        .write(reinterpret_cast<const char*>(bytes.data()),
               static_cast<std::streamsize>(bytes.size()));
}

// What the PDF prints, in the order it was drawn, white space aside.
std::string printed(const fs::path& pdf) {
    const ProcessResult r = runProcess({"pdftotext", "-raw", "-enc", "UTF-8", pdf.string(), "-"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    std::string out;
    for (const char c : r.out) {
        if (std::isspace(static_cast<unsigned char>(c)) == 0) {
            out += c;
        }
    }
    return out;
}

int pages(const fs::path& pdf) {
    const ProcessResult r = runProcess({"pdfinfo", pdf.string()});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    const auto at = r.out.find("\nPages:");
    return at == std::string::npos ? 0 : std::stoi(r.out.substr(at + 7));
}

TEST(OfficeRoundTrip, StrippedWordAndExcelFilesPrintAsTheOriginalsDo) {
    BAOSONG_REQUIRE_PROGRAM(officeProgram());
    for (const char* tool : {"pdftotext", "pdfinfo", "timeout"}) {
        BAOSONG_REQUIRE_PROGRAM(tool);
    }
    OfficeMaking making;
    for (int i = 1; i <= 60; ++i) {
        making.paragraphs.push_back(
            "第" + std::to_string(i) +
            "段：她带领团队完成了风电叶片孔隙缺陷的批量检测，检测效率提高约" +
            std::to_string(10 + i) + "%，并走进牧区学校开展科普讲座。");
    }
    making.tableCell = "代表性成果：复合材料分层损伤图谱";
    making.header = "事迹材料（页眉）";
    making.comment = "请核对第二段的数字";
    TempDir dir;
    const fs::path in = dir.path() / "in";
    fs::create_directories(in);
    const std::vector<std::uint8_t> docx = makeDocx(making);
    const std::vector<std::uint8_t> xlsx = makeXlsx(making);
    const auto strippedDocx = app::intake::stripOfficeMetadata(docx, "事迹.docx");
    const auto strippedXlsx = app::intake::stripOfficeMetadata(xlsx, "成果.xlsx");
    // Stripping changed the files (the round trip below is of something).
    ASSERT_NE(strippedDocx.bytes, docx);
    ASSERT_NE(strippedXlsx.bytes, xlsx);
    // Stems differ: soffice names each PDF after its input's stem.
    writeBytes(in / "word_original.docx", docx);
    writeBytes(in / "word_stripped.docx", strippedDocx.bytes);
    writeBytes(in / "excel_original.xlsx", xlsx);
    writeBytes(in / "excel_stripped.xlsx", strippedXlsx.bytes);
    const fs::path out = dir.path() / "pdf";
    const ProcessResult run = convertToPdf({in / "word_original.docx", in / "word_stripped.docx",
                                            in / "excel_original.xlsx", in / "excel_stripped.xlsx"},
                                           out, dir.path());
    ASSERT_EQ(run.exitCode, 0) << run.out << run.err;

    for (const std::string kind : {"word", "excel"}) {
        const fs::path original = out / (kind + "_original.pdf");
        const fs::path stripped = out / (kind + "_stripped.pdf");
        ASSERT_TRUE(fs::exists(original) && fs::exists(stripped)) << kind << ": " << run.err;
        EXPECT_EQ(pages(stripped), pages(original)) << kind;
        const std::string words = printed(original);
        EXPECT_NE(words.find("第60段"), std::string::npos) << kind << " printed too little";
        EXPECT_EQ(printed(stripped), words) << kind;
    }
    // Word prints its header and table on every page as the original did.
    EXPECT_GE(pages(out / "word_original.pdf"), 2);
    EXPECT_NE(printed(out / "word_stripped.pdf").find("事迹材料（页眉）"), std::string::npos);
}

}  // namespace
}  // namespace baosong::test
