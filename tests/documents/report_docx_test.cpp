// The 推荐工作情况报告 as a Word package: the report's text line by line, the unit and
// date lines for the stamp, markup in the text kept as text.

#include <gtest/gtest.h>

#include <map>

#include "documents/document_date.h"
#include "documents/official_report.h"
#include "documents/report.h"
#include "package_reader.h"
#include "support/temp_dir.h"

namespace baosong::test {
namespace {

using namespace app::documents;

// The parts of the Word file of a unit's report with this text.
std::map<std::string, std::string> reportParts(const std::string& report) {
    TempDir dir;
    policy::Submission s;
    s.unit.name = "内蒙古北方特种装备研究所";
    s.date = "2023-07-10";
    s.report = report;
    writeReportDocx(dir / "报告.docx", s);
    return unzipAll(dir / "报告.docx");
}

// The markup of the paragraph holding text, up to the text.
std::string paragraphOf(const std::string& xml, const std::string& text) {
    const auto at = xml.find(text);
    EXPECT_NE(at, std::string::npos) << text;
    return at == std::string::npos
               ? ""
               : xml.substr(xml.rfind("<w:p>", at), at - xml.rfind("<w:p>", at));
}

TEST(ReportDocx, CarriesTheReportAndTheStampLines) {
    const auto parts = reportParts(
        "一、评选过程：经职工推荐、党委会研究 <3 轮> & 公示。\n二、推荐结果：推荐 2 人。");
    const std::string& xml = parts.at("word/document.xml");
    EXPECT_EQ(xmlProblem(xml), "");
    for (const char* text :
         {"推荐工作情况报告", "一、评选过程：经职工推荐、党委会研究 &lt;3 轮&gt; &amp; 公示。",
          "二、推荐结果：推荐 2 人。", "推荐单位（盖章）：内蒙古北方特种装备研究所",
          "2023 年 07 月 10 日", "<w:jc w:val=\"right\"/>"}) {
        EXPECT_NE(xml.find(text), std::string::npos) << text;
    }
    // The two lines of the report are two paragraphs.
    EXPECT_LT(xml.find("一、评选过程"), xml.find("</w:p>", xml.find("一、评选过程")));
    EXPECT_GT(xml.find("二、推荐结果"), xml.find("</w:p>", xml.find("一、评选过程")));
    // The report's last paragraph and the stamp lines keep with the date (w:keepNext), so
    // Word never leaves the stamp block alone on a page; the date itself does not.
    EXPECT_NE(paragraphOf(xml, "二、推荐结果").find("<w:keepNext/>"), std::string::npos);
    EXPECT_NE(paragraphOf(xml, "推荐单位（盖章）").find("<w:keepNext/>"), std::string::npos);
    EXPECT_EQ(paragraphOf(xml, "2023 年 07 月 10 日").find("<w:keepNext/>"), std::string::npos);
    EXPECT_EQ(paragraphOf(xml, "一、评选过程").find("<w:keepNext/>"), std::string::npos);
}

// GB/T 9704: the running text in 仿宋, a "一、" heading in 黑体, a "（一）" heading in 楷体, the
// title in the document's 宋体; the font table names each with what Word falls back on.
TEST(ReportDocx, NamesTheFacesOfAnOfficialReport) {
    const auto parts = reportParts("一、评选过程\n（一）组织\n经职工推荐、党委会研究，确定人选。");
    const std::string& xml = parts.at("word/document.xml");
    EXPECT_NE(paragraphOf(xml, "一、评选过程").find("w:eastAsia=\"黑体\""), std::string::npos);
    EXPECT_NE(paragraphOf(xml, "（一）组织").find("w:eastAsia=\"楷体\""), std::string::npos);
    EXPECT_NE(paragraphOf(xml, "经职工推荐").find("w:eastAsia=\"仿宋\""), std::string::npos);
    EXPECT_NE(paragraphOf(xml, "推荐单位（盖章）").find("w:eastAsia=\"仿宋\""), std::string::npos);
    EXPECT_EQ(paragraphOf(xml, "推荐工作情况报告").find("w:rFonts"), std::string::npos);
    // 三号 body, 二号 title.
    EXPECT_NE(paragraphOf(xml, "经职工推荐").find("<w:sz w:val=\"32\"/>"), std::string::npos);
    EXPECT_NE(paragraphOf(xml, "推荐工作情况报告").find("<w:sz w:val=\"44\"/>"), std::string::npos);

    ASSERT_TRUE(parts.contains("word/fontTable.xml"));
    const std::string& fonts = parts.at("word/fontTable.xml");
    EXPECT_EQ(xmlProblem(fonts), "");
    for (const char* font :
         {"<w:font w:name=\"仿宋\"><w:altName w:val=\"FangSong\"/>",
          "<w:font w:name=\"黑体\"><w:altName w:val=\"SimHei\"/>",
          "<w:font w:name=\"楷体\"><w:altName w:val=\"KaiTi\"/>",
          "<w:font w:name=\"宋体\"><w:altName w:val=\"SimSun\"/>", "<w:charset w:val=\"86\"/>"}) {
        EXPECT_NE(fonts.find(font), std::string::npos) << font;
    }
    EXPECT_NE(parts.at("[Content_Types].xml").find("/word/fontTable.xml"), std::string::npos);
    EXPECT_NE(parts.at("word/_rels/document.xml.rels").find("Target=\"fontTable.xml\""),
              std::string::npos);
}

TEST(OfficialReport, AHeadingIsALineThatOpensWithItsNumberAndHasNoFullStop) {
    EXPECT_EQ(paragraphFace("一、评选过程"), Face::Hei);
    EXPECT_EQ(paragraphFace("十二、其他"), Face::Hei);
    EXPECT_EQ(paragraphFace("（一）组织"), Face::Kai);
    EXPECT_EQ(paragraphFace("（十一）附则"), Face::Kai);
    // A heading run into its text is running text; so is anything else.
    EXPECT_EQ(paragraphFace("一、评选过程：经职工推荐。"), Face::Fang);
    EXPECT_EQ(paragraphFace("一是加强领导"), Face::Fang);
    EXPECT_EQ(paragraphFace("（一"), Face::Fang);
    EXPECT_EQ(paragraphFace("（）"), Face::Fang);
    EXPECT_EQ(paragraphFace("1. 组织"), Face::Fang);
    EXPECT_EQ(paragraphFace(""), Face::Fang);
}

TEST(ReportDocx, DatesInTheNoticesForm) {
    EXPECT_EQ(noticeDate("2023-01-01"), "2023 年 01 月 01 日");
    EXPECT_EQ(noticeDate("not a date"), "not a date");
}

}  // namespace
}  // namespace baosong::test
