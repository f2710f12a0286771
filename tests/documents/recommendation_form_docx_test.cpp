// The 推荐表 (附件1) as a Word package: every field of the candidate in the text, the ID
// photo as a real image part, ☑ for chosen areas, a placeholder when the photo is
// missing, very long text in rows that may flow over pages, rare characters kept.
// With BAOSONG_DOCUMENT_SAMPLES=DIR the files are also written to DIR, to look at them
// (e.g. soffice --headless --convert-to pdf, then pdftoppm).

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "candidate_fields.h"
#include "documents/recommendation_form.h"
#include "package_reader.h"
#include "policy/submission_json.h"
#include "support/jpeg_maker.h"
#include "support/temp_dir.h"

namespace baosong::test {
namespace {

using namespace app::documents;

policy::Submission example() {
    return policy::parseSubmission(readFile(std::string(BAOSONG_EXAMPLE)));
}

void keepSample(const std::string& path) {
    if (const char* samples = std::getenv("BAOSONG_DOCUMENT_SAMPLES")) {
        std::filesystem::create_directories(samples);
        std::filesystem::copy_file(
            path, std::filesystem::path(samples) / std::filesystem::path(path).filename(),
            std::filesystem::copy_options::overwrite_existing);
    }
}

TEST(RecommendationFormDocx, HoldsEveryFieldAndThePhoto) {
    TempDir dir;
    const policy::Submission s = example();
    const auto photo = idPhoto(3);
    const std::string path = dir / "推荐表_张卫东.docx";
    writeRecommendationFormDocx(path, s, 0, std::vector<std::uint8_t>(photo.begin(), photo.end()));
    keepSample(path);
    const auto parts = unzipAll(path);
    ASSERT_TRUE(parts.contains("word/media/image1.jpeg"));
    EXPECT_EQ(parts.at("word/media/image1.jpeg"), std::string(photo.begin(), photo.end()));
    for (const auto& [name, text] : parts) {
        if (name.ends_with(".xml") || name.ends_with(".rels")) {
            EXPECT_EQ(xmlProblem(text), "") << name;
        }
    }
    EXPECT_NE(parts.at("word/_rels/document.xml.rels").find("media/image1.jpeg"),
              std::string::npos);
    const std::string& xml = parts.at("word/document.xml");
    const policy::Candidate& c = s.candidates[0];
    std::vector<std::string> fields = candidateFields(c);
    fields.insert(fields.end(),
                  {"推荐单位：内蒙古自治区国防科学技术工业办公室", "r:embed=\"rIdImage1\"",
                   "填 表 说 明", "候选人签名：", "（盖 章）", "年    月    日",
                   // Side labels set vertically, a character to a line.
                   "个</w:t><w:br/><w:t xml:space=\"preserve\">人",
                   "单</w:t><w:br/><w:t xml:space=\"preserve\">位</w:t><w:br/><w:t "
                   "xml:space=\"preserve\">意"});
    for (const std::string& field : fields) {
        EXPECT_NE(xml.find(field), std::string::npos) << field;
    }
    // The candidate signs the print by hand: the form never claims a signature.
    EXPECT_EQ(xml.find("已签署"), std::string::npos);
    for (const std::string& area : recommendationAreas()) {
        const bool chosen = std::find(c.areas.begin(), c.areas.end(), area) != c.areas.end();
        EXPECT_NE(xml.find(std::string(chosen ? "☑ " : "☐ ") + area), std::string::npos) << area;
    }
    for (const auto& h : c.history) {
        EXPECT_NE(xml.find(h.unit), std::string::npos) << h.unit;
    }
    // 主要事迹 and 感人故事, paragraph by paragraph (escaped as the document holds them).
    const std::string firstLine = c.deeds.substr(0, c.deeds.find('\n'));
    EXPECT_NE(xml.find(firstLine.substr(0, 30)), std::string::npos);
    // Each starts two characters in, as Chinese running text does.
    EXPECT_NE(xml.find(std::string(kParagraphIndent) + firstLine.substr(0, 30)), std::string::npos);
}

TEST(RecommendationFormDocx, MissingPhotoLongTextAndRareCharacters) {
    TempDir dir;
    policy::Submission s = example();
    s.candidates[1].name = "𠮷野";
    std::string deeds;
    for (int i = 0; i < 400; ++i) {
        deeds += "长期扎根一线，攻克关键技术难题。";
    }
    s.candidates[1].deeds = deeds;
    const std::string path = dir / "推荐表_𠮷野.docx";
    writeRecommendationFormDocx(path, s, 1, std::nullopt);
    keepSample(path);
    const auto parts = unzipAll(path);
    EXPECT_FALSE(parts.contains("word/media/image1.jpeg"));
    const std::string& xml = parts.at("word/document.xml");
    EXPECT_EQ(xmlProblem(xml), "");
    EXPECT_NE(xml.find("照片缺失"), std::string::npos);
    EXPECT_NE(xml.find("𠮷野"), std::string::npos);
    // The long text's row may split across pages; the short rows may not.
    const std::size_t deedsAt = xml.find("长期扎根一线");
    const std::size_t rowStart = xml.rfind("<w:tr>", deedsAt);
    const std::size_t rowProps = xml.find("</w:trPr>", rowStart);
    EXPECT_EQ(xml.substr(rowStart, rowProps - rowStart).find("cantSplit"), std::string::npos);
}

}  // namespace
}  // namespace baosong::test
