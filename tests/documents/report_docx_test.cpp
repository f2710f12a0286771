// The 推荐工作情况报告 as a Word package: the report's text line by line, the unit and
// date lines for the stamp, markup in the text kept as text.

#include <gtest/gtest.h>

#include "documents/document_date.h"
#include "documents/report.h"
#include "package_reader.h"
#include "support/temp_dir.h"

namespace baosong::test {
namespace {

using namespace app::documents;

TEST(ReportDocx, CarriesTheReportAndTheStampLines) {
    TempDir dir;
    policy::Submission s;
    s.unit.name = "内蒙古北方特种装备研究所";
    s.date = "2023-07-10";
    s.report = "一、评选过程：经职工推荐、党委会研究 <3 轮> & 公示。\n二、推荐结果：推荐 2 人。";
    writeReportDocx(dir / "报告.docx", s);
    const auto parts = unzipAll(dir / "报告.docx");
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
    const auto paragraphOf = [&](const std::string& text) {
        const auto at = xml.find(text);
        return xml.substr(xml.rfind("<w:p>", at), at - xml.rfind("<w:p>", at));
    };
    EXPECT_NE(paragraphOf("二、推荐结果").find("<w:keepNext/>"), std::string::npos);
    EXPECT_NE(paragraphOf("推荐单位（盖章）").find("<w:keepNext/>"), std::string::npos);
    EXPECT_EQ(paragraphOf("2023 年 07 月 10 日").find("<w:keepNext/>"), std::string::npos);
    EXPECT_EQ(paragraphOf("一、评选过程").find("<w:keepNext/>"), std::string::npos);
}

TEST(ReportDocx, DatesInTheNoticesForm) {
    EXPECT_EQ(noticeDate("2023-01-01"), "2023 年 01 月 01 日");
    EXPECT_EQ(noticeDate("not a date"), "not a date");
}

}  // namespace
}  // namespace baosong::test
