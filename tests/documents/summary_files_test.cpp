// The 汇总表 files as packages: every part present and well-formed XML (expat), the
// columns of 附件2 and each candidate in the text, the same bytes each time, and data
// that looks like markup kept as text.

#include <gtest/gtest.h>

#include <map>

#include "base/app_error.h"
#include "documents/summary_files.h"
#include "documents/summary_flow.h"
#include "documents/wordml.h"
#include "package_reader.h"
#include "support/temp_dir.h"

namespace baosong::test {
namespace {

using namespace app::documents;

SummaryDocument example() {
    policy::Candidate a;
    a.name = "张卫东";
    a.gender = "男";
    a.ethnicity = "汉族";
    a.politicalStatus = "中共党员";
    a.birth = "1972-03";
    a.employer = "内蒙古北方特种装备研究所";
    a.position = "总工程师";
    a.title = "研究员";
    a.specialty = "特种车辆总体设计 & <测试>";
    a.discipline = "工";
    a.honors.national = true;
    policy::Candidate b = a;
    b.name = "𠮷野\x01";  // a rare character, and a control character XML cannot hold
    b.honors.national = false;
    return {"内蒙古北方特种装备研究所", {{"", {a, b}}}};
}

TEST(SummaryDocx, IsAWellFormedPackageWithEveryColumnAndCandidate) {
    TempDir dir;
    const std::string path = dir / "汇总表.docx";
    writeSummaryDocx(path, example());
    const auto parts = unzipAll(path);
    for (const char* name : {"[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels",
                             "word/document.xml", "word/styles.xml"}) {
        ASSERT_TRUE(parts.contains(name)) << name;
        EXPECT_EQ(xmlProblem(parts.at(name)), "") << name;
    }
    EXPECT_NE(parts.at("[Content_Types].xml").find("/word/document.xml"), std::string::npos);
    const std::string& body = parts.at("word/document.xml");
    for (const std::string& column : summaryColumns()) {
        EXPECT_NE(body.find(column), std::string::npos) << column;
    }
    for (const char* text :
         {"张卫东", "𠮷野", "推荐单位（盖章）：内蒙古北方特种装备研究所",
          "2023 年“最美科技工作者”候选人汇总表", "1972年03月",
          "内蒙古北方特种装备研究所，总工程师，研究员", "是（国家级荣誉表彰）",
          "&amp; &lt;测试&gt;", "w:orient=\"landscape\"", "<w:tblHeader/>", "<w:cantSplit/>"}) {
        EXPECT_NE(body.find(text), std::string::npos) << text;
    }
    // 附件2's order, as the PDF has it: the label in 黑体, the title, the 推荐单位 line, the
    // table.
    const auto label = body.find("附件 2");
    ASSERT_NE(label, std::string::npos);
    EXPECT_NE(body.substr(body.rfind("<w:p>", label), label - body.rfind("<w:p>", label))
                  .find("w:eastAsia=\"黑体\""),
              std::string::npos);
    EXPECT_LT(label, body.find("候选人汇总表"));
    EXPECT_LT(body.find("候选人汇总表"), body.find("推荐单位（盖章）"));
    EXPECT_LT(body.find("推荐单位（盖章）"), body.find("<w:tbl>"));
}

// The honours column names the honour the notes give, not only "是".
TEST(SummaryRow, HonourIsNamedFromTheNotes) {
    policy::Candidate c = example().blocks[0].candidates[0];
    EXPECT_EQ(summaryRow(c, 1)[8], "是（国家级荣誉表彰）");
    c.honors.notes = "2019年获全国五一劳动奖章\n2021年获全国创新争先奖";
    EXPECT_EQ(summaryRow(c, 1)[8], "是（2019年获全国五一劳动奖章；2021年获全国创新争先奖）");
    c.honors.national = false;  // notes alone do not make it 是: the checker warns instead
    EXPECT_EQ(summaryRow(c, 1)[8], "否");
}

TEST(SummaryDocx, SameContentSameBytesAndNeverOverwrites) {
    TempDir dir;
    writeSummaryDocx(dir / "a.docx", example());
    writeSummaryDocx(dir / "b.docx", example());
    EXPECT_EQ(readFile(dir / "a.docx"), readFile(dir / "b.docx"));
    try {
        writeSummaryDocx(dir / "a.docx", example());
        FAIL() << "overwrote";
    } catch (const app::AppError& e) {
        EXPECT_EQ(e.code(), "target_exists");
    }
}

TEST(SummaryXlsx, IsAWellFormedWorkbookWithEveryColumnAndCandidate) {
    TempDir dir;
    const std::string path = dir / "汇总表.xlsx";
    SummaryDocument summary = example();
    summary.blocks[0].heading = "报送单位：内蒙古北方特种装备研究所";
    writeSummaryXlsx(path, summary);
    const auto parts = unzipAll(path);
    ASSERT_TRUE(parts.contains("xl/worksheets/sheet1.xml"));
    ASSERT_TRUE(parts.contains("xl/sharedStrings.xml"));
    for (const auto& [name, text] : parts) {
        if (name.ends_with(".xml") || name.ends_with(".rels")) {
            EXPECT_EQ(xmlProblem(text), "") << name;
        }
    }
    const std::string& strings = parts.at("xl/sharedStrings.xml");
    for (const std::string& column : summaryColumns()) {
        EXPECT_NE(strings.find(column), std::string::npos) << column;
    }
    EXPECT_NE(strings.find("张卫东"), std::string::npos);
    EXPECT_NE(strings.find("报送单位：内蒙古北方特种装备研究所"), std::string::npos);
}

TEST(WordMl, EscapesMarkupAndDropsWhatXmlCannotHold) {
    EXPECT_EQ(wordml::escape("a&b<c>\"d'\x01\te"), "a&amp;b&lt;c&gt;&quot;d&apos;\te");
}

}  // namespace
}  // namespace baosong::test
