// The documents as an office opens them: LibreOffice converts every file baosong
// writes to PDF, and the PDF's text (poppler's pdftotext) holds every field of the
// candidate; every character is drawn in a font that has it (pdftohtml, fc-list) and every
// font is embedded (pdffonts). A name outside the BMP (𠮷) renders, very long 主要事迹 and
// 感人故事 flow onto new pages without losing or reordering a sentence, and no text of the
// Excel 汇总表 is clipped by its row. One soffice run converts all files for all tests;
// tests/CMakeLists.txt runs this suite as one ctest so that the run is not repeated per
// test. Skipped without LibreOffice or poppler-utils, except under CI=true
// (deploy/install-deps installs both). With BAOSONG_DOCUMENT_SAMPLES=DIR the files and
// their PDFs are also copied to DIR, to look at.

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iomanip>
#include <map>
#include <memory>
#include <set>
#include <sstream>

#include "candidate_fields.h"
#include "documents/document_date.h"
#include "documents/recommendation_form.h"
#include "documents/report.h"
#include "documents/summary_files.h"
#include "policy/submission_json.h"
#include "support/jpeg_maker.h"
#include "support/office_conversion.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace baosong::test {
namespace {

using namespace app::documents;
namespace fs = std::filesystem;

// Input names differ in their stem: soffice names each PDF after its input's stem.
constexpr const char* kFullForm = "推荐表_张卫东";
constexpr const char* kRareForm = "推荐表_𠮷田明";
constexpr const char* kSummaryWord = "汇总表_word";
constexpr const char* kSummaryExcel = "汇总表_excel";
constexpr const char* kReport = "推荐工作情况报告";
constexpr const char* kRareName = "𠮷田明";

// pdftotext breaks lines where the PDF wraps them and puts spaces between scripts:
// text is compared with every ASCII whitespace removed.
std::string squeezed(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (std::isspace(static_cast<unsigned char>(c)) == 0) {
            out += c;
        }
    }
    return out;
}

std::size_t characters(std::string_view utf8) {
    std::size_t n = 0;
    for (const char c : utf8) {
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    }
    return n;
}

// Distinct sentences (each carries its own numbers), so that a lost line, a lost page or a
// block printed twice shows as a missing or misplaced sentence.
std::vector<std::string> sentences(const std::string& tag, int count) {
    static const char* const who[] = {"课题组", "她带领青年团队", "检测平台", "她与企业工程师一道",
                                      "研究室", "她指导的研究生"};
    static const char* const what[] = {
        "完成了风电叶片孔隙缺陷的批量检测", "建立了复合材料分层损伤图谱",
        "改进了超声相控阵扫查工艺",         "为农机企业修复了开裂的关键部件",
        "编写了无损检测岗位培训教材",       "验证了轨道交通部件的疲劳寿命",
        "走进牧区学校开展了科普讲座"};
    static const char* const gain[] = {"检测效率提高约", "返修率下降约", "服务企业增加约",
                                       "材料成本节约约"};
    std::vector<std::string> out;
    for (int i = 0; i < count; ++i) {
        out.push_back(tag + "第" + std::to_string(i + 1) + "项：" + who[i % 6] + "在" +
                      std::to_string(2010 + i % 13) + "年" + std::to_string(1 + i % 12) + "月" +
                      what[i % 7] + "，" + gain[i % 4] + std::to_string(5 + (i * 7) % 61) + "%。");
    }
    return out;
}

// Sentences as running text, perParagraph to a line (a paragraph of the form).
std::string paragraphs(const std::vector<std::string>& parts, std::size_t perParagraph) {
    std::string text;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        text += (i > 0 && i % perParagraph == 0 ? "\n" : "") + parts[i];
    }
    return text;
}

// The two candidates of docs/spec/examples/defense-unit.json: 张卫东 in full with his photo (and a
// 推荐单位意见, which the example leaves blank); the second renamed 𠮷田明, without photo,
// with very long 主要事迹, 感人故事, 工作单位 and 通讯地址.
struct Example {
    policy::Submission submission;
    std::vector<std::string> longDeeds;
    std::vector<std::vector<std::string>> longStories;
};

Example makeExample() {
    Example e;
    e.submission = policy::parseSubmission(readFile(std::string(BAOSONG_EXAMPLE)));
    policy::Candidate& full = e.submission.candidates.at(0);
    full.recommenderOpinion = "该同志扎根国防科技工业一线，事迹突出，学风正派。同意推荐。";
    policy::Candidate& rare = e.submission.candidates.at(1);
    rare.name = kRareName;
    rare.employer = "内蒙古自治区呼和浩特市赛罕区大学东街复合材料与先进制造技术协同创新研究院";
    rare.position = "无损检测与结构健康监测技术研究中心副主任兼青年创新工作室负责人";
    rare.address =
        "内蒙古自治区呼和浩特市赛罕区大学东街二百三十五号复合材料研究院科研楼五层五百零八室";
    e.longDeeds = sentences("事迹", 160);
    rare.deeds = paragraphs(e.longDeeds, 10);
    e.longStories = {sentences("故事一", 40), sentences("故事二", 40)};
    rare.stories = {paragraphs(e.longStories[0], 8), paragraphs(e.longStories[1], 8)};
    return e;
}

// The files, written and converted once for every test of the suite.
struct Conversion {
    TempDir dir;
    Example example = makeExample();
    std::string problem;  // "" when soffice made every PDF
    double seconds = 0;

    fs::path pdf(const std::string& stem) const { return dir.path() / "pdf" / (stem + ".pdf"); }
};

std::unique_ptr<Conversion> convertAll() {
    auto c = std::make_unique<Conversion>();
    const policy::Submission& s = c->example.submission;
    const auto photo = idPhoto(3);
    const fs::path in = c->dir.path() / "in";
    fs::create_directories(in);
    const auto file = [&](const std::string& stem, const char* extension) {
        return (in / (stem + extension)).string();
    };
    writeRecommendationFormDocx(file(kFullForm, ".docx"), s, 0,
                                std::vector<std::uint8_t>(photo.begin(), photo.end()));
    writeRecommendationFormDocx(file(kRareForm, ".docx"), s, 1, std::nullopt);
    const SummaryDocument summary{recommenderName(s), {{"", s.candidates}}};
    writeSummaryDocx(file(kSummaryWord, ".docx"), summary);
    writeSummaryXlsx(file(kSummaryExcel, ".xlsx"), summary);
    writeReportDocx(file(kReport, ".docx"), s);

    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(in)) {
        files.push_back(entry.path());
    }
    const auto start = std::chrono::steady_clock::now();
    const ProcessResult run = convertToPdf(files, c->dir.path() / "pdf", c->dir.path());
    c->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("soffice converted %zu files in %.1f s\n", files.size(), c->seconds);
    for (const char* stem : {kFullForm, kRareForm, kSummaryWord, kSummaryExcel, kReport}) {
        if (!fs::exists(c->pdf(stem))) {
            c->problem += std::string("no PDF for ") + stem + "; ";
        }
    }
    if (const char* samples = std::getenv("BAOSONG_DOCUMENT_SAMPLES");
        samples && fs::exists(c->dir.path() / "pdf")) {
        fs::create_directories(samples);
        fs::copy(c->dir.path() / "pdf", samples,
                 fs::copy_options::overwrite_existing | fs::copy_options::recursive);
        fs::copy(in, samples, fs::copy_options::overwrite_existing | fs::copy_options::recursive);
    }
    if (run.exitCode != 0 || !c->problem.empty()) {
        c->problem += "soffice exit " + std::to_string(run.exitCode) + ": " + run.out + run.err;
    }
    return c;
}

ProcessResult poppler(const std::string& tool, const fs::path& pdf,
                      std::vector<std::string> options = {}) {
    std::vector<std::string> argv = {tool};
    argv.insert(argv.end(), options.begin(), options.end());
    argv.push_back(pdf.string());
    if (tool == "pdftotext") {
        argv.push_back("-");
    }
    return runProcess(argv);
}

class LibreOfficeConversion : public ::testing::Test {
  protected:
    void SetUp() override {
        const std::string office = officeProgram();
        BAOSONG_REQUIRE_PROGRAM(office);
        for (const char* tool :
             {"pdftotext", "pdfinfo", "pdffonts", "pdfimages", "pdftohtml", "fc-list", "timeout"}) {
            BAOSONG_REQUIRE_PROGRAM(tool);
        }
        if (!conversion_) {
            conversion_ = convertAll();
        }
        ASSERT_TRUE(conversion_->problem.empty()) << conversion_->problem;
    }
    static void TearDownTestSuite() { conversion_.reset(); }

    static const policy::Submission& submission() { return conversion_->example.submission; }
    static const Example& example() { return conversion_->example; }
    static fs::path pdf(const std::string& stem) { return conversion_->pdf(stem); }

    // The PDF's text, whitespace removed (see squeezed). In reading order pdftotext
    // interleaves the lines of table cells that wrap side by side, so text is read in the
    // order LibreOffice drew it (-raw): cell by cell, but within a line one font after the
    // other, so that the ☐/☑ (DejaVu Sans) of 推荐领域 come after the line's CJK text. The
    // marks are read in reading order.
    enum class Order { Drawn, Reading };
    static std::string text(const std::string& stem, Order order = Order::Drawn) {
        std::vector<std::string> options = {"-enc", "UTF-8"};
        if (order == Order::Drawn) {
            options.push_back("-raw");
        }
        const ProcessResult r = poppler("pdftotext", pdf(stem), options);
        EXPECT_EQ(r.exitCode, 0) << r.err;
        return squeezed(r.out);
    }

    static int pages(const std::string& stem) {
        const ProcessResult r = poppler("pdfinfo", pdf(stem));
        EXPECT_EQ(r.exitCode, 0) << r.err;
        const auto at = r.out.find("\nPages:");
        return at == std::string::npos ? 0 : std::stoi(r.out.substr(at + 7));
    }

    static void expectHolds(const std::string& stem, const std::vector<std::string>& needles,
                            Order order = Order::Drawn) {
        const std::string haystack = text(stem, order);
        for (const std::string& needle : needles) {
            EXPECT_NE(haystack.find(squeezed(needle)), std::string::npos)
                << stem << ".pdf lacks “" << needle << "”";
        }
    }

  private:
    static std::unique_ptr<Conversion> conversion_;
};

std::unique_ptr<Conversion> LibreOfficeConversion::conversion_;

// What the 推荐表 shows of a candidate, as the form writes it.
std::vector<std::string> formFields(const policy::Submission& s, const policy::Candidate& c) {
    const auto month = [](const std::string& ym) {
        return ym.size() == 7 ? ym.substr(0, 4) + " 年 " + ym.substr(5, 2) + " 月" : ym;
    };
    std::vector<std::string> fields = candidateFields(c);
    fields.insert(
        fields.end(),
        {"候选人姓名：" + c.name, "工作单位：" + c.employer, "推荐单位：" + recommenderName(s),
         "填报日期：" + noticeDate(s.date), month(c.birth), c.employer + c.position,
         "电子邮箱" + c.email, "个人声明", "所在单位意见", "推荐单位意见"});
    for (const policy::HistoryEntry& h : c.history) {
        fields.push_back(month(h.from) + "—" + month(h.to));
        fields.push_back(h.unit + h.work);
    }
    return fields;
}

// A line of text where pdftotext -bbox-layout places it (points, y downwards).
struct TextLine {
    double yMin = 0, yMax = 0, xMin = 0;
    std::string text;
};

std::vector<TextLine> textLines(const fs::path& pdf) {
    const ProcessResult r = poppler("pdftotext", pdf, {"-bbox-layout"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    std::vector<TextLine> lines;
    for (std::size_t at = r.out.find("<line "); at != std::string::npos;
         at = r.out.find("<line ", at + 1)) {
        TextLine line;
        double xMax = 0;
        if (std::sscanf(r.out.c_str() + at,
                        "<line xMin=\"%lf\" yMin=\"%lf\" xMax=\"%lf\" yMax=\"%lf\"", &line.xMin,
                        &line.yMin, &xMax, &line.yMax) != 4) {
            ADD_FAILURE() << "unexpected pdftotext -bbox-layout line: " << r.out.substr(at, 80);
            continue;
        }
        const std::size_t end = r.out.find("</line>", at);
        for (std::size_t w = r.out.find("<word ", at); w < end; w = r.out.find("<word ", w + 1)) {
            const std::size_t open = r.out.find('>', w) + 1;
            line.text += r.out.substr(open, r.out.find("</word>", open) - open);
        }
        lines.push_back(line);
    }
    return lines;
}

// Which characters each font of a PDF draws (pdftohtml -xml writes one <text> per run
// of one font), the font named as fontconfig names it: without the subset tag
// ("EAAAAA+").
std::map<std::string, std::set<char32_t>> charactersByFont(const fs::path& pdf) {
    const ProcessResult r =
        runProcess({"pdftohtml", "-xml", "-i", "-q", "-stdout", "-fontfullname", pdf.string()});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    std::map<std::string, std::string> fontOfId;
    std::map<std::string, std::set<char32_t>> out;
    const auto attribute = [](std::string_view element, std::string_view name) {
        const auto at = element.find(" " + std::string(name) + "=\"");
        if (at == std::string_view::npos) {
            return std::string();
        }
        const auto start = at + name.size() + 3;
        return std::string(element.substr(start, element.find('"', start) - start));
    };
    std::istringstream lines(r.out);
    for (std::string line; std::getline(lines, line);) {
        const auto open = line.find('<');
        if (open == std::string::npos) {
            continue;
        }
        if (line.compare(open, 10, "<fontspec ") == 0) {
            const std::string family = attribute(line, "family");
            fontOfId[attribute(line, "id")] = family.substr(family.find('+') + 1);
        } else if (line.compare(open, 6, "<text ") == 0) {
            std::set<char32_t>& drawn = out[fontOfId[attribute(line, "font")]];
            const std::string_view content(line.data() + line.find('>', open) + 1,
                                           line.rfind("</text>") - line.find('>', open) - 1);
            for (std::size_t i = 0; i < content.size();) {
                if (content[i] == '<') {  // <b>, <i>
                    i = content.find('>', i) + 1;
                    continue;
                }
                if (content[i] == '&') {  // an entity stands for ASCII (& < > " ')
                    i = content.find(';', i) + 1;
                    drawn.insert(U'&');
                    continue;
                }
                const auto lead = static_cast<unsigned char>(content[i]);
                const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
                char32_t code =
                    length == 1 ? lead : static_cast<char32_t>(lead & (0x3F >> (length - 1)));
                for (std::size_t k = 1; k < length && i + k < content.size(); ++k) {
                    code = (code << 6) | (static_cast<unsigned char>(content[i + k]) & 0x3F);
                }
                if (code != U' ' && code != U'\u00A0') {
                    drawn.insert(code);
                }
                i += length;
            }
        }
    }
    return out;
}

// Whether fontconfig knows a font of that name with every one of the characters.
// LibreOffice may name a font of a collection with a suffix (NotoSansCJKjp-Regular-VKana
// for the NotoSansCJKjp-Regular of NotoSansCJK-Regular.ttc).
bool fontHasAll(const std::string& font, const std::set<char32_t>& characters) {
    std::string pattern = ":charset=";
    for (const char32_t c : characters) {
        char hex[12];
        std::snprintf(hex, sizeof hex, "%x ", static_cast<unsigned>(c));
        pattern += hex;
    }
    const ProcessResult r = runProcess({"fc-list", "--format=%{postscriptname}\n", pattern});
    std::istringstream names(r.out);
    for (std::string name; std::getline(names, name);) {
        if (!name.empty() && (font == name || font.starts_with(name + "-"))) {
            return true;
        }
    }
    return false;
}

// 推荐领域: each of the five areas after ☑ when chosen, ☐ when not.
std::vector<std::string> areaMarks(const policy::Candidate& c) {
    std::vector<std::string> marks;
    for (const std::string& area : recommendationAreas()) {
        const bool chosen = std::find(c.areas.begin(), c.areas.end(), area) != c.areas.end();
        marks.push_back((chosen ? "☑ " : "☐ ") + area);
    }
    return marks;
}

// The first and the last sentence of each paragraph of text (sentences end in "。").
std::vector<std::string> sentencesOf(const std::string& text) {
    const std::string stop = "。";
    std::vector<std::string> out;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
        if (line.empty()) {
            continue;
        }
        const auto firstEnd = line.find(stop);
        out.push_back(firstEnd == std::string::npos ? line
                                                    : line.substr(0, firstEnd + stop.size()));
        const std::size_t end = line.ends_with(stop) ? line.size() - stop.size() : line.size();
        const auto lastStop = end == 0 ? std::string::npos : line.rfind(stop, end - 1);
        out.push_back(lastStop == std::string::npos ? line : line.substr(lastStop + stop.size()));
    }
    return out;
}

TEST_F(LibreOfficeConversion, TheFullFormHoldsEveryFieldAndThePhoto) {
    const policy::Candidate& c = submission().candidates[0];
    std::vector<std::string> fields = formFields(submission(), c);
    for (const std::string& text : {c.deeds, c.stories[0]}) {
        for (std::string& sentence : sentencesOf(text)) {
            fields.push_back(std::move(sentence));
        }
    }
    fields.push_back("候选人签名：");
    expectHolds(kFullForm, fields);
    expectHolds(kFullForm, areaMarks(c), Order::Reading);
    // The photo is the one image (pdfimages lists two header lines, then one per image).
    const ProcessResult images = poppler("pdfimages", pdf(kFullForm), {"-list"});
    ASSERT_EQ(images.exitCode, 0) << images.err;
    EXPECT_EQ(std::count(images.out.begin(), images.out.end(), '\n'), 3) << images.out;
}

TEST_F(LibreOfficeConversion, TheRareNameSurvivesAndThePhotoIsMarkedMissing) {
    const std::string haystack = text(kRareForm);
    // On the cover and in the form.
    const auto first = haystack.find(kRareName);
    ASSERT_NE(first, std::string::npos);
    EXPECT_NE(haystack.find(kRareName, first + 1), std::string::npos);
    // The text keeps 𠮷 even when no font has it and a box is drawn (the PDF maps the box
    // back to the character): it must be drawn in a font that has it.
    bool drawn = false;
    for (const auto& [font, characters] : charactersByFont(pdf(kRareForm))) {
        if (characters.contains(U'\U00020BB7')) {
            drawn = true;
            EXPECT_TRUE(fontHasAll(font, {U'\U00020BB7'})) << "𠮷 is drawn in " << font;
        }
    }
    EXPECT_TRUE(drawn) << "no font draws 𠮷";
    EXPECT_NE(haystack.find(squeezed("（照片缺失：请插入小 2 寸正面免冠彩色标准照）")),
              std::string::npos);
    const ProcessResult images = poppler("pdfimages", pdf(kRareForm), {"-list"});
    EXPECT_EQ(std::count(images.out.begin(), images.out.end(), '\n'), 2) << images.out;
    expectHolds(kRareForm, formFields(submission(), submission().candidates[1]));
    expectHolds(kRareForm, areaMarks(submission().candidates[1]), Order::Reading);
}

TEST_F(LibreOfficeConversion, LongTextFlowsOntoNewPagesWithEverySentenceInOrder) {
    ASSERT_GE(characters(submission().candidates[1].deeds), 6000u);
    EXPECT_GT(pages(kRareForm), pages(kFullForm));
    const std::string haystack = text(kRareForm);
    std::size_t at = 0;
    std::vector<std::vector<std::string>> blocks = {example().longDeeds};
    blocks.insert(blocks.end(), example().longStories.begin(), example().longStories.end());
    for (const auto& block : blocks) {
        for (const std::string& sentence : block) {
            const auto found = haystack.find(sentence, at);
            EXPECT_NE(found, std::string::npos) << "missing or out of order: " << sentence;
            at = found == std::string::npos ? at : found + sentence.size();
        }
    }
}

TEST_F(LibreOfficeConversion, TheSummaryHoldsEveryColumnAndCandidate) {
    std::vector<std::string> expected = {kSummaryTitle,
                                         "推荐单位（盖章）：" + recommenderName(submission())};
    expected.insert(expected.end(), summaryColumns().begin(), summaryColumns().end());
    int number = 0;
    for (const policy::Candidate& c : submission().candidates) {
        const auto row = summaryRow(c, ++number);
        expected.insert(expected.end(), row.begin(), row.end());
    }
    expectHolds(kSummaryWord, expected);
    expectHolds(kSummaryExcel, expected);
}

// Excel rows keep the height the file gives them (summary_files.cpp: three lines), and
// LibreOffice clips what does not fit; pdftotext still reads the clipped text, so the
// checks above cannot see it. Here no line of text may reach out of its row: every
// candidate row has the same height, and its 序号 sits in its middle.
TEST_F(LibreOfficeConversion, TheExcelSummaryKeepsEveryLineInsideItsRow) {
    const auto lines = textLines(pdf(kSummaryExcel));
    std::vector<TextLine> numbers;
    for (std::size_t n = 1; n <= submission().candidates.size(); ++n) {
        const TextLine* leftmost = nullptr;
        for (const TextLine& line : lines) {
            if (line.text == std::to_string(n) && (!leftmost || line.xMin < leftmost->xMin)) {
                leftmost = &line;
            }
        }
        ASSERT_NE(leftmost, nullptr) << "序号 " << n;
        numbers.push_back(*leftmost);
    }
    ASSERT_GE(numbers.size(), 2u);
    const auto middle = [](const TextLine& line) { return (line.yMin + line.yMax) / 2; };
    const double row = middle(numbers[1]) - middle(numbers[0]);
    // A line's box is the font's whole ascent and descent: three lines that fit a row
    // visibly still reach a point or so past it.
    const double slack = 0.3 * (numbers[0].yMax - numbers[0].yMin);
    for (const TextLine& line : lines) {
        if (middle(line) < middle(numbers[0]) - row / 2) {
            continue;  // title, 推荐单位 and the column heads
        }
        std::size_t nearest = 0;
        for (std::size_t k = 1; k < numbers.size(); ++k) {
            if (std::abs(middle(line) - middle(numbers[k])) <
                std::abs(middle(line) - middle(numbers[nearest]))) {
                nearest = k;
            }
        }
        const double centre = middle(numbers[nearest]);
        EXPECT_TRUE(line.yMin >= centre - row / 2 - slack && line.yMax <= centre + row / 2 + slack)
            << std::fixed << std::setprecision(1) << "“" << line.text
            << "” crosses the edge of a candidate row (the line is at " << line.yMin << "–"
            << line.yMax << " pt, the row " << centre - row / 2 << "–" << centre + row / 2
            << " pt): the row is too low for its text, which LibreOffice clips";
    }
}

TEST_F(LibreOfficeConversion, TheReportHoldsItsTextAndTheStampLines) {
    const policy::Submission& s = submission();
    expectHolds(kReport, {"推荐工作情况报告", s.report, "推荐单位（盖章）：" + s.unit.name,
                          noticeDate(s.date)});
}

// A character that no installed font has still reaches the PDF's text (LibreOffice maps
// the box it draws back to the character), so text alone does not show that it renders.
TEST_F(LibreOfficeConversion, EveryCharacterIsDrawnInAFontThatHasIt) {
    for (const char* stem : {kFullForm, kRareForm, kSummaryWord, kSummaryExcel, kReport}) {
        const auto byFont = charactersByFont(pdf(stem));
        EXPECT_FALSE(byFont.empty()) << stem;
        for (const auto& [font, characters] : byFont) {
            if (fontHasAll(font, characters)) {
                continue;
            }
            std::string lacking;
            for (const char32_t c : characters) {
                if (lacking.size() >= 60) {
                    break;
                }
                if (!fontHasAll(font, {c})) {
                    char hex[12];
                    std::snprintf(hex, sizeof hex, "U+%04X ", static_cast<unsigned>(c));
                    lacking += hex;
                }
            }
            ADD_FAILURE() << stem << ".pdf draws characters in " << font
                          << " that it does not have: " << lacking;
        }
    }
}

TEST_F(LibreOfficeConversion, EveryFontIsEmbedded) {
    for (const char* stem : {kFullForm, kRareForm, kSummaryWord, kSummaryExcel, kReport}) {
        const ProcessResult r = poppler("pdffonts", pdf(stem));
        ASSERT_EQ(r.exitCode, 0) << r.err;
        // Two header lines, then one row per font: name, type (may hold spaces), encoding,
        // then emb, sub, uni, object number and generation.
        std::istringstream rows(r.out);
        std::string row;
        std::getline(rows, row);
        std::getline(rows, row);
        int fonts = 0;
        while (std::getline(rows, row)) {
            std::vector<std::string> words;
            std::istringstream split(row);
            for (std::string word; split >> word;) {
                words.push_back(word);
            }
            ASSERT_GE(words.size(), 7u) << row;
            EXPECT_EQ(words[words.size() - 5], "yes") << stem << ".pdf: " << row;
            ++fonts;
        }
        EXPECT_GT(fonts, 0) << stem;
    }
}

}  // namespace
}  // namespace baosong::test
