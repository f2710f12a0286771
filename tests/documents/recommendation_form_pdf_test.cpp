// The 推荐表 as PDF: A4, fonts embedded, every field in the text, rows never cut in half
// (long text flows over pages instead), the same bytes from the same submission at any
// time, a placeholder for a missing photo, and rare characters drawn from the CJK font.

#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <map>
#include <numeric>
#include <thread>

#include "base/app_error.h"
#include "candidate_fields.h"
#include "documents/document_date.h"
#include "documents/flow_pdf.h"
#include "documents/flow_pdf_layout.h"
#include "documents/recommendation_form.h"
#include "documents/report.h"
#include "documents/summary_files.h"
#include "documents/summary_flow.h"
#include "documents/summary_table.h"
#include "pdf_reader.h"
#include "policy/submission_json.h"
#include "support/jpeg_maker.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace baosong::test {
namespace {

using namespace app::documents;

policy::Submission example() {
    return policy::parseSubmission(readFile(std::string(BAOSONG_EXAMPLE)));
}

std::vector<std::uint8_t> photoBytes() {
    const auto photo = idPhoto(3);
    return {photo.begin(), photo.end()};
}

// A candidate whose 主要事迹 and 感人故事 fill several pages.
policy::Submission longTextExample() {
    policy::Submission s = example();
    std::string deeds;
    for (int i = 1; i <= 120; ++i) {
        deeds +=
            "第" + std::to_string(i) + "句：长期扎根一线，攻克关键技术难题，带领团队完成任务。";
        if (i % 10 == 0) {
            deeds += "\n";
        }
    }
    s.candidates[1].deeds = deeds;
    s.candidates[1].stories = {deeds, deeds};
    return s;
}

std::string save(const TempDir& dir, const std::string& name, const std::string& bytes) {
    const std::string path = dir / name;
    std::ofstream(path, std::ios::binary) << bytes;
    if (const char* samples = std::getenv("BAOSONG_DOCUMENT_SAMPLES")) {
        std::ofstream(std::string(samples) + "/" + name, std::ios::binary) << bytes;
    }
    return path;
}

TEST(RecommendationFormPdf, SameSubmissionGivesTheSameBytesAtAnyTime) {
    const policy::Submission s = example();
    const FlowDocument form = recommendationForm(s, 0, photoBytes());
    const SummaryDocument summary{recommenderName(s), {{"", s.candidates}}, s.date};
    const std::string pdf = flowPdf(form);
    const std::string xlsx = summaryXlsx(summary);
    // The writers read the clock to the second: a second later they must still agree.
    std::this_thread::sleep_for(std::chrono::milliseconds(1100));
    EXPECT_EQ(flowPdf(form), pdf);
    EXPECT_EQ(summaryXlsx(summary), xlsx);
    EXPECT_NE(pdf.find("/CreationDate (D:20230"), std::string::npos);
}

TEST(RecommendationFormPdf, CreationDateGetsItsPrefixInPlace) {
    // As cairo 1.16 writes it, then as ISO 32000-1 writes it, at the same length.
    std::string cairo = "<< /CreationDate (20230710000000+00'00)\n>>";
    prefixCreationDate(cairo);
    EXPECT_EQ(cairo, "<< /CreationDate (D:20230710000000Z)   \n>>");
    std::string later =
        "<< /CreationDate (20230710000000+00'00')\n>>";  // as later cairo code writes it
    prefixCreationDate(later);
    EXPECT_EQ(later, "<< /CreationDate (D:20230710000000Z)    \n>>");
    std::string prefixed = "<< /CreationDate (D:20230710000000Z) >>";
    prefixCreationDate(prefixed);
    EXPECT_EQ(prefixed, "<< /CreationDate (D:20230710000000Z) >>");
    std::string none = "<< /Title (x) >>";
    EXPECT_THROW(prefixCreationDate(none), app::AppError);
    std::string twice = "/CreationDate (20230710000000+00'00) /CreationDate (20230710000000+00'00)";
    EXPECT_THROW(prefixCreationDate(twice), app::AppError);
    std::string garbled = "/CreationDate (2023071000000x+00'00)";
    EXPECT_THROW(prefixCreationDate(garbled), app::AppError);
    std::string local = "/CreationDate (20230710080000+08'00)";  // only UTC is written
    EXPECT_THROW(prefixCreationDate(local), app::AppError);
}

TEST(RecommendationFormPdf, ShortRowsAreNeverCutAndLongTextFlowsOverPages) {
    const policy::Submission normal = example();
    const policy::Submission longer = longTextExample();
    const FlowDocument normalForm = recommendationForm(normal, 1, std::nullopt);
    const FlowDocument longForm = recommendationForm(longer, 1, std::nullopt);
    const PdfLayout shortLayout = layoutForPdf(normalForm);
    const PdfLayout longLayout = layoutForPdf(longForm);
    EXPECT_GT(longLayout.pages.size(), shortLayout.pages.size() + 1);

    const Table& table = longForm.blocks.back().table;
    std::map<std::size_t, int> pagesOfRow;
    for (const PdfPage& page : longLayout.pages) {
        for (const PlacedRow& row : page.rows) {
            ++pagesOfRow[row.row];
            if (table.rows[row.row].keepWhole) {
                EXPECT_TRUE(row.first && row.last) << "row " << row.row << " was cut";
            }
        }
    }
    ASSERT_EQ(pagesOfRow.size(), table.rows.size()) << "every row is placed";
    // 主要事迹 and 感人故事 each go over more than one page.
    int flowing = 0;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        if (!table.rows[r].keepWhole && pagesOfRow[r] > 1) {
            ++flowing;
        }
    }
    EXPECT_GE(flowing, 2);
    // Nothing is drawn below the bottom margin.
    for (const PdfPage& page : longLayout.pages) {
        for (const PlacedLine& line : page.lines) {
            EXPECT_LE(line.bottom, longLayout.height - 1440 + 1);
        }
    }
}

TEST(RecommendationFormPdf, RowsJoinedByThePhotoStayOnOnePage) {
    const FlowDocument form = recommendationForm(example(), 0, photoBytes());
    const PdfLayout layout = layoutForPdf(form);
    std::map<std::size_t, std::size_t> pageOfRow;
    std::size_t pictures = 0;
    for (std::size_t p = 0; p < layout.pages.size(); ++p) {
        pictures += layout.pages[p].pictures.size();
        for (const PlacedRow& row : layout.pages[p].rows) {
            pageOfRow[row.row] = p;
        }
        for (const PlacedPicture& picture : layout.pages[p].pictures) {
            EXPECT_NEAR(picture.rect.width, 25 * 1440 / 25.4, 1);
        }
    }
    EXPECT_EQ(pictures, 1u);
    for (std::size_t r = 1; r < 4; ++r) {
        EXPECT_EQ(pageOfRow[r], pageOfRow[0]) << "row " << r;
    }
}

// A border never runs through a line of text: a cell joined downwards (学习工作经历 beside
// its rows, the photo) has no edge between the rows it joins, where its text sits.
TEST(RecommendationFormPdf, NoBorderCrossesALineOfText) {
    policy::Submission s = example();
    // One period: 学习工作经历 is centred on the edge between its two rows.
    s.candidates[0].history.resize(1);
    const PdfLayout layout = layoutForPdf(recommendationForm(s, 0, photoBytes()));
    std::size_t checked = 0;
    for (std::size_t p = 0; p < layout.pages.size(); ++p) {
        for (const PlacedLine& line : layout.pages[p].lines) {
            const double x = line.baseline.x + 1;
            for (const auto& [from, to] : layout.pages[p].rules) {
                if (from.y != to.y || x < std::min(from.x, to.x) || x > std::max(from.x, to.x)) {
                    continue;
                }
                ++checked;
                EXPECT_FALSE(from.y > line.top + 1 && from.y < line.bottom - 1)
                    << "page " << p + 1 << ": a border at y " << from.y << " crosses the line at "
                    << line.top << "–" << line.bottom;
            }
        }
    }
    EXPECT_GT(checked, 100u);
}

// 附件2's short columns hold their words on one line: a Mongolian name with its dot,
// 蒙古族, a four-character 民族 (达斡尔族) and each 出生年月.
TEST(SummaryPdf, NameAndEthnicityKeepToOneLine) {
    policy::Submission s = example();
    s.candidates[0].ethnicity = "蒙古族";
    s.candidates[1].ethnicity = "达斡尔族";
    s.candidates[1].name = "额尔德尼·巴特尔";
    s.candidates[0].birth = "1972-03";
    s.candidates[1].birth = "1983-09";
    const PdfLayout layout = layoutForPdf(
        summaryFlow({"内蒙古自治区国防科学技术工业办公室", {{"", s.candidates}}, s.date}));
    ASSERT_EQ(layout.pages.size(), 1u);
    const std::vector<int>& widths = summaryColumnTwips();
    const double margin = (layout.width - std::accumulate(widths.begin(), widths.end(), 0)) / 2;
    // The table starts below the title and the 推荐单位 line, where the first rule is.
    double tableTop = layout.height;
    for (const auto& [from, to] : layout.pages[0].rules) {
        tableTop = std::min({tableTop, from.y, to.y});
    }
    const auto linesIn = [&](std::size_t column) {
        const double left =
            margin + std::accumulate(widths.begin(),
                                     widths.begin() + static_cast<std::ptrdiff_t>(column), 0);
        const double right = left + widths[column];
        return std::count_if(layout.pages[0].lines.begin(), layout.pages[0].lines.end(),
                             [&](const PlacedLine& line) {
                                 return line.top > tableTop && line.baseline.x >= left &&
                                        line.baseline.x < right;
                             });
    };
    EXPECT_EQ(linesIn(1), 3) << "姓名: the heading and one line per candidate";
    EXPECT_EQ(linesIn(3), 3) << "民族: the heading and one line per candidate";
    EXPECT_EQ(linesIn(5), 3) << "出生年月: the heading and one line per candidate";
}

// A 汇总表 longer than a page shows its header row at the top of every page, as Word does.
TEST(SummaryPdf, TheHeaderRowRepeatsOnEveryPage) {
    policy::Submission s = example();
    std::vector<policy::Candidate> many;
    for (int i = 0; i < 30; ++i) {
        many.push_back(s.candidates[static_cast<std::size_t>(i) % s.candidates.size()]);
    }
    const PdfLayout layout =
        layoutForPdf(summaryFlow({"内蒙古自治区国防科学技术工业办公室", {{"", many}}, s.date}));
    ASSERT_GE(layout.pages.size(), 3u);
    std::size_t candidateRows = 0;
    for (std::size_t p = 0; p < layout.pages.size(); ++p) {
        const auto& rows = layout.pages[p].rows;
        ASSERT_GE(rows.size(), 2u) << "page " << p + 1;
        EXPECT_EQ(rows.front().row, 0u) << "page " << p + 1 << " does not start with the header";
        EXPECT_EQ(
            std::count_if(rows.begin(), rows.end(), [](const PlacedRow& r) { return r.row == 0; }),
            1)
            << "page " << p + 1;
        candidateRows += rows.size() - 1;
    }
    EXPECT_EQ(candidateRows, many.size()) << "every candidate once, none repeated or lost";
}

// However long the report, its stamp and date block never stands alone at the top of a
// page: the report's last line goes over with it. Every length from under a page to over
// two is tried, so some would have split there.
TEST(ReportPdf, TheStampBlockNeverStandsAlone) {
    policy::Submission s = example();
    std::size_t splitsAtTheBlock = 0;
    for (int paragraphs = 20; paragraphs <= 60; ++paragraphs) {
        s.report.clear();
        for (int i = 0; i < paragraphs; ++i) {
            s.report +=
                (i > 0 ? "\n" : "") + std::string("经研究室推荐、工作组资格审查，确定人选。");
        }
        const PdfLayout layout = layoutForPdf(workReport(s));
        ASSERT_GE(layout.pages.size(), 1u);
        // The block is an empty line, the 推荐单位 line and the date: three lines, and the
        // report's last line goes with them.
        const std::size_t last = layout.pages.back().lines.size();
        EXPECT_GE(last, 4u) << paragraphs << " paragraphs: the last page holds only " << last
                            << " lines";
        splitsAtTheBlock += layout.pages.size() > 1 && last <= 5 ? 1U : 0U;
    }
    EXPECT_GT(splitsAtTheBlock, 0u) << "no length put the block at a page's foot";
}

TEST(RecommendationFormPdf, HoldsEveryFieldWithFontsEmbedded) {
    BAOSONG_REQUIRE_PROGRAM("pdftotext");
    BAOSONG_REQUIRE_PROGRAM("pdffonts");
    TempDir dir;
    const policy::Submission s = example();
    const std::string path =
        save(dir, "推荐表_张卫东.pdf", flowPdf(recommendationForm(s, 0, photoBytes())));
    const std::string text = pdfText(path);
    const policy::Candidate& c = s.candidates[0];
    std::vector<std::string> fields = candidateFields(c);
    fields.insert(fields.end(), {"2023年07月10日", "推荐单位：内蒙古自治区国防科学技术工业办公室",
                                 "填表说明", "个人声明", "（盖章）"});
    fields.push_back(c.deeds);
    for (const std::string& story : c.stories) {
        fields.push_back(story);
    }
    for (const std::string& area : recommendationAreas()) {
        fields.push_back(area);
    }
    for (const std::string& field : fields) {
        EXPECT_NE(text.find(withoutSpace(field)), std::string::npos) << field;
    }
    int cjk = 0;
    for (const PdfFont& font : pdfFonts(path)) {
        EXPECT_TRUE(font.embedded) << "not embedded: " << font.name;
        cjk += font.name.find("CJK") != std::string::npos ? 1 : 0;
    }
    EXPECT_GT(cjk, 0);
    const ProcessResult info = runProcess({"pdfinfo", path});
    EXPECT_NE(info.out.find("(A4)"), std::string::npos) << info.out;
}

TEST(RecommendationFormPdf, MissingPhotoRareNameAndLongText) {
    BAOSONG_REQUIRE_PROGRAM("pdftotext");
    TempDir dir;
    policy::Submission s = longTextExample();
    s.candidates[1].name = "𠮷野明";
    const std::string path =
        save(dir, "推荐表_𠮷野明.pdf", flowPdf(recommendationForm(s, 1, std::nullopt)));
    const std::string text = pdfText(path);
    EXPECT_NE(text.find(withoutSpace("照片缺失")), std::string::npos);
    // Every sentence of the long text is there: nothing was clipped at a page end.
    for (int i = 1; i <= 120; ++i) {
        EXPECT_NE(text.find(withoutSpace("第" + std::to_string(i) + "句：")), std::string::npos)
            << i;
    }
    EXPECT_NE(text.find("𠮷野明"), std::string::npos);
}

TEST(ReportPdf, LongReportFlowsAndKeepsTheStampLines) {
    BAOSONG_REQUIRE_PROGRAM("pdftotext");
    TempDir dir;
    policy::Submission s = example();
    for (int i = 0; i < 60; ++i) {
        s.report += "\n经单位党委研究，按照推荐程序进行了公示，无异议。";
    }
    const std::string path = save(dir, "报告.pdf", flowPdf(workReport(s)));
    const std::string text = pdfText(path);
    EXPECT_NE(text.find(withoutSpace("推荐单位（盖章）：" + s.unit.name)), std::string::npos);
    EXPECT_NE(text.find(withoutSpace("2023年07月10日")), std::string::npos);
}

}  // namespace
}  // namespace baosong::test
