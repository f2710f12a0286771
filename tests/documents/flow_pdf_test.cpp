// Every PDF baosong writes, read back as a clerk's tools read it: the text a copy from the
// page gives is each field exactly (characters a font shares with a radical, characters
// beyond the BMP, the digits of key fingerprints and of the 统一社会信用代码), every font
// is an embedded subset with a ToUnicode map, the photo is the JPEG as given at its size,
// and the same document gives the same bytes at another time and in another time zone.

#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <set>
#include <thread>

#include "candidate_fields.h"
#include "documents/enrolment_page.h"
#include "documents/flow_pdf.h"
#include "documents/office_keys_page.h"
#include "documents/office_set_documents.h"
#include "documents/recommendation_form.h"
#include "documents/report.h"
#include "documents/summary_flow.h"
#include "pdf_reader.h"
#include "policy/submission_json.h"
#include "support/jpeg_maker.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace baosong::test {
namespace {

using namespace app::documents;

// Each of these Noto CJK draws with the glyph of a look-alike radical or compatibility
// character (青 ⻘ U+2EC4, 民 ⺠ U+2EA0, 高 ⾼ U+2F7C, 金 ⾦ U+2FA6), or lies beyond the BMP
// (𠮷 U+20BB7): a writer that names glyphs by the first character mapped to them, or
// drops non-BMP text, gets them wrong.
policy::Submission rareExample() {
    policy::Submission s = policy::parseSubmission(readFile(std::string(BAOSONG_EXAMPLE)));
    s.unit.name = "内蒙古青城民用航空器材研究所";
    policy::Candidate& c = s.candidates[0];
    c.name = "巴特尔";
    c.ethnicity = "蒙古族";
    c.nativePlace = "内蒙古锡林郭勒盟";
    c.politicalStatus = "中国民主同盟盟员";
    c.school = "清华大学";
    c.major = "Materials Science（材料科学）";
    c.employer = "内蒙古青城（呼和浩特）精密仪器研究所";
    c.position = "副所长";
    c.officePhone = "0471-6901234";
    c.mobile = "13947100001";
    c.email = "bateer.2023@example.cn";
    c.address = "呼和浩特市新城区青城路8号，邮政信箱27号";
    c.postcode = "010010";
    c.history = {{"1998-07", "2005-06", "内蒙古民族大学", "助教、讲师"},
                 {"2005-07", "至今", "𠮷林金属材料有限公司（合作单位）", "高级工程师"}};
    c.deeds =
        "他说：“民为邦本。”主持起草 GB/T 39000-2020，参数精度 0.35 mm，"
        "与𠮷野明等 12 人合作完成课题，获发明专利 7 项（第 ZL202010123456.7 号）。";
    c.stories = {"斯琴高娃回忆：“那年冬天，青山脚下零下 35 ℃，我们仍在测试。”"};
    c.unitOpinion = "同意推荐。经民主评议，该同志政治立场坚定。";
    c.recommenderOpinion = "同意推荐（国防科工办）。";
    policy::Candidate& d = s.candidates[1];
    d.name = "𠮷青";
    d.ethnicity = "蒙古族";
    d.employer = "斯琴高娃实验室";
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

void expectAllInText(const std::string& path, const std::vector<std::string>& fields) {
    const std::string text = pdfText(path);
    for (const std::string& field : fields) {
        EXPECT_NE(text.find(withoutSpace(field)), std::string::npos)
            << "not in the text layer: " << field << "\ntext: " << text;
    }
}

// Sixty-four hex digits in groups of four, as a SHA-256 fingerprint is shown.
std::string fingerprint64(const std::string& start) {
    std::string hex = start;
    for (int i = 0; hex.size() < 64; ++i) {
        hex += "0123456789ABCDEF"[(i * 7 + 3) % 16];
    }
    std::string grouped;
    for (std::size_t i = 0; i < hex.size(); i += 4) {
        grouped += (i > 0 ? " " : "") + hex.substr(i, 4);
    }
    return grouped;
}

EnrolmentKeys enrolmentExample() {
    return {.unitId = "91150200MA0N8XQ313",
            .unitName = "内蒙古青城民用航空器材研究所（𠮷林分所）",
            .unitFingerprint = fingerprint64("7A3F"),
            .unitPublicKey = "RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3",
            .unitKeyId = "62E1A0C44B6E4DB3",
            .reviewerFingerprint = fingerprint64("0B81"),
            .reviewerPublicKey = "RWRkYa0QmBNgWTPB5MolIO1h/Lj+vnk9f2LOHcvcwHhA8u2V3SaQqYqp",
            .reviewerKeyId = "59364E13B06261A4",
            .created = "2023-07-10T08:30:00Z"};
}

OfficeKeys officeKeysExample() {
    return {.profile = "intl",
            .recipient =
                "age1 ql3z 7hjy 54pw 3hyw w5ay yfg7 zqgv c7w3 j2el w8zm rxrm jxvr 9m8s 6fqg ft",
            .grantFingerprint = fingerprint64("E5C2"),
            .grantPublicKey = "RWTUNgwCFmKkZMhP2cXXdZ/pWcU9VWxH+0rs1nTZ9CvKdm3sH4HcnJCk",
            .grantKeyId = "4CA6610902C3D394",
            .created = "2023-07-10T09:15:42Z"};
}

TEST(FlowPdf, RecommendationFormTextIsEveryFieldExactly) {
    BAOSONG_REQUIRE_PROGRAM("pdftotext");
    TempDir dir;
    const policy::Submission s = rareExample();
    const auto photo = idPhoto(5);
    const std::string path = save(
        dir, "推荐表_巴特尔.pdf",
        flowPdf(recommendationForm(s, 0, std::vector<std::uint8_t>(photo.begin(), photo.end()))));
    const policy::Candidate& c = s.candidates[0];
    std::vector<std::string> fields = candidateFields(c);
    fields.insert(fields.end(),
                  {c.deeds, c.stories[0], "1998 年 07 月—2005 年 06 月",
                   "在何单位从事何工作（学习工作经历从中专或大学毕业后填起，含科普工作经历）",
                   "2005 年 07 月—至今", "填报日期：2023 年 07 月 10 日",
                   "推荐单位：内蒙古自治区国防科学技术工业办公室", "（盖 章）"});
    expectAllInText(path, fields);

    const std::string second = save(dir, "推荐表_𠮷青.pdf", flowPdf(recommendationForm(s, 1, {})));
    expectAllInText(second, {"候选人姓名：𠮷青", "工作单位：斯琴高娃实验室", "蒙古族",
                             "（照片缺失：请插入小 2 寸正面免冠彩色标准照）"});
}

TEST(FlowPdf, ReportTextIsTheReportExactly) {
    BAOSONG_REQUIRE_PROGRAM("pdftotext");
    TempDir dir;
    policy::Submission s = rareExample();
    s.report =
        "经民主评议，推荐巴特尔（蒙古族）、𠮷青 2 名同志。\n"
        "公示期为 2023 年 7 月 3 日至 7 月 7 日，无异议；材料已经保密审查。";
    const std::string path = save(dir, "报告.pdf", flowPdf(workReport(s)));
    expectAllInText(path,
                    {"经民主评议，推荐巴特尔（蒙古族）、𠮷青 2 名同志。",
                     "公示期为 2023 年 7 月 3 日至 7 月 7 日，无异议；材料已经保密审查。",
                     "推荐单位（盖章）：内蒙古青城民用航空器材研究所", "2023 年 07 月 10 日"});
}

TEST(FlowPdf, EnrolmentPageTextHasTheKeysExactly) {
    BAOSONG_REQUIRE_PROGRAM("pdftotext");
    TempDir dir;
    const EnrolmentKeys keys = enrolmentExample();
    const std::string path = save(dir, "报送密钥登记表.pdf", flowPdf(enrolmentPage(keys)));
    expectAllInText(path, {keys.unitName, "统一社会信用代码" + keys.unitId, keys.unitFingerprint,
                           keys.unitPublicKey, keys.unitKeyId, keys.reviewerFingerprint,
                           keys.reviewerPublicKey, keys.reviewerKeyId,
                           "生成时间2023-07-10 16:30:00 +08:00", "（baosong office enrol）"});
}

TEST(FlowPdf, OfficeKeySheetTextHasTheKeysExactly) {
    BAOSONG_REQUIRE_PROGRAM("pdftotext");
    TempDir dir;
    const OfficeKeys keys = officeKeysExample();
    const std::string path = save(dir, "国防科工办报送公钥单.pdf", flowPdf(officeKeysPage(keys)));
    expectAllInText(path,
                    {keys.recipient, keys.grantFingerprint, keys.grantPublicKey, keys.grantKeyId,
                     "生成时间2023-07-10 17:15:42 +08:00", "“报送 → 导入国防科工办公钥…”"});
}

OfficeSetFacts officeFactsExample() {
    OfficeSetFacts f;
    f.date = "2023-07-14";
    f.units = {{"内蒙古青城民用航空器材研究所", "91150200MA0N8XQ313", 2, 2}};
    f.forwarded = {{"𠮷青", "内蒙古青城民用航空器材研究所", "91150200MA0N8XQ313", 2, ""}};
    f.withheld = 1;
    return f;
}

TEST(FlowPdf, OfficeReportTextIsEveryLineExactly) {
    BAOSONG_REQUIRE_PROGRAM("pdftotext");
    TempDir dir;
    const std::string path =
        save(dir, "国防科工办报告.pdf", flowPdf(officeWorkReport(officeFactsExample())));
    expectAllInText(
        path, {"一、报送情况", "内蒙古青城民用航空器材研究所（候选人 2 名）", "二、审核过程",
               "三、审核结果",
               "经审核，同意推荐 1 名：𠮷青（内蒙古青城民用航空器材研究所）。暂缓推荐 1 名。",
               "推荐单位（盖章）：内蒙古自治区国防科学技术工业办公室", "2023 年 07 月 14 日"});
}

TEST(FlowPdf, SummaryTextIsEveryCellExactly) {
    BAOSONG_REQUIRE_PROGRAM("pdftotext");
    TempDir dir;
    const policy::Submission s = rareExample();
    const SummaryDocument summary{
        "内蒙古自治区国防科学技术工业办公室", {{"", s.candidates}}, s.date};
    const std::string path = save(dir, "汇总表.pdf", flowPdf(summaryFlow(summary)));
    std::vector<std::string> cells = {"附件 2", "2023 年“最美科技工作者”候选人汇总表",
                                      "推荐单位（盖章）：内蒙古自治区国防科学技术工业办公室"};
    cells.insert(cells.end(), summaryColumns().begin(), summaryColumns().end());
    int number = 0;
    for (const policy::Candidate& c : s.candidates) {
        const std::vector<std::string> row = summaryRow(c, ++number);
        cells.insert(cells.end(), row.begin(), row.end());
    }
    expectAllInText(path, cells);
}

// A report as GB/T 9704 sets it: the body in the 仿宋 stand-in (Noto Serif CJK), a "一、"
// heading in 黑体 (Noto Sans CJK), a "（一）" heading in 楷体 (AR PL UKai), each embedded.
TEST(FlowPdf, ReportHeadingsAreSetAndEmbeddedInTheirFaces) {
    BAOSONG_REQUIRE_PROGRAM("pdffonts");
    BAOSONG_REQUIRE_PROGRAM("pdftotext");
    TempDir dir;
    policy::Submission s = rareExample();
    s.report = "一、评选过程\n（一）组织𠮷青\n经民主评议，确定人选。";
    const std::string path = save(dir, "分级标题.pdf", flowPdf(workReport(s)));
    expectAllInText(path, {"一、评选过程", "（一）组织𠮷青", "经民主评议，确定人选。"});
    std::set<std::string> families;
    for (const PdfFont& font : pdfFonts(path)) {
        for (const char* family : {"NotoSerifCJK", "NotoSansCJK", "UKai"}) {
            if (font.name.find(family) != std::string::npos && font.embedded && font.subset) {
                families.insert(family);
            }
        }
    }
    EXPECT_EQ(families, (std::set<std::string>{"NotoSerifCJK", "NotoSansCJK", "UKai"}));
    // Without headings, only the serif face is embedded: faces follow the text.
    s.report = "经民主评议，确定人选。";
    const std::string plain = save(dir, "无标题.pdf", flowPdf(workReport(s)));
    for (const PdfFont& font : pdfFonts(plain)) {
        EXPECT_EQ(font.name.find("UKai"), std::string::npos) << font.name;
    }
}

TEST(FlowPdf, EveryFontIsAnEmbeddedSubsetWithAUnicodeMap) {
    BAOSONG_REQUIRE_PROGRAM("pdffonts");
    TempDir dir;
    const policy::Submission s = rareExample();
    const std::vector<std::pair<std::string, FlowDocument>> documents = {
        {"form.pdf", recommendationForm(s, 0, {})},
        {"report.pdf", workReport(s)},
        {"enrolment.pdf", enrolmentPage(enrolmentExample())},
        {"office-keys.pdf", officeKeysPage(officeKeysExample())},
        {"summary.pdf",
         summaryFlow({"内蒙古自治区国防科学技术工业办公室", {{"", s.candidates}}, s.date})},
        {"office-report.pdf", officeWorkReport(officeFactsExample())}};
    for (const auto& [name, document] : documents) {
        const std::vector<PdfFont> fonts = pdfFonts(save(dir, name, flowPdf(document)));
        bool cjk = false;
        for (const PdfFont& font : fonts) {
            EXPECT_TRUE(font.embedded) << name << ": " << font.name;
            EXPECT_TRUE(font.subset) << name << ": " << font.name;
            EXPECT_TRUE(font.unicode) << name << ": " << font.name;
            cjk = cjk || font.name.find("NotoSerifCJK") != std::string::npos;
        }
        EXPECT_TRUE(cjk) << name << " does not use Noto Serif CJK";
    }
}

TEST(FlowPdf, PhotoIsTheJpegAsGivenAtItsSize) {
    BAOSONG_REQUIRE_PROGRAM("pdfimages");
    TempDir dir;
    const auto photo = idPhoto(7);
    const std::string pdf = flowPdf(recommendationForm(
        rareExample(), 0, std::vector<std::uint8_t>(photo.begin(), photo.end())));
    // The photo's bytes, not a re-encoding of its pixels.
    EXPECT_NE(pdf.find(std::string(photo.begin(), photo.end())), std::string::npos);
    const std::vector<PdfImage> images = pdfImages(save(dir, "photo.pdf", pdf));
    ASSERT_EQ(images.size(), 1u);
    EXPECT_EQ(images[0].encoding, "jpeg");
    EXPECT_EQ(images[0].width, 413);
    EXPECT_EQ(images[0].height, 579);
    EXPECT_NEAR(images[0].width / images[0].xPpi * 25.4, 25, 0.2);  // mm
    EXPECT_NEAR(images[0].height / images[0].yPpi * 25.4, 35, 0.2);
}

// A photo cell of its own.
FlowDocument photoDocument(std::vector<std::uint8_t> jpeg) {
    FlowDocument document{"照片", "2023-07-10"};
    Cell cell;
    cell.picture = Picture{std::move(jpeg), 25, 35};
    document.blocks.push_back(Table{{4000}, {Row{{cell}}}});
    return document;
}

// A print shop's CMYK photo is embedded as it is too; bytes that are no JPEG (the vault
// never holds them) leave the photo's place framed rather than stopping the document.
TEST(FlowPdf, CmykPhotoIsEmbeddedAsItIsAndAnUnreadableOneLeavesItsFrame) {
    BAOSONG_REQUIRE_PROGRAM("pdfimages");
    TempDir dir;
    const auto cmyk = cmykJpeg(120, 168);
    const std::string pdf = flowPdf(photoDocument({cmyk.begin(), cmyk.end()}));
    EXPECT_NE(pdf.find(std::string(cmyk.begin(), cmyk.end())), std::string::npos);
    const std::vector<PdfImage> images = pdfImages(save(dir, "cmyk.pdf", pdf));
    ASSERT_EQ(images.size(), 1u);
    EXPECT_EQ(images[0].encoding, "jpeg");
    EXPECT_EQ(images[0].color, "cmyk");

    const std::string broken = flowPdf(photoDocument({0xFF, 0xD8, 0xFF, 0xE0, 'n', 'o'}));
    EXPECT_TRUE(pdfImages(save(dir, "broken.pdf", broken)).empty());
}

// Sets TZ for one scope, as another user's session would have it.
class TimeZone {
  public:
    explicit TimeZone(const char* zone) {
        if (const char* old = std::getenv("TZ")) {
            old_ = old;
        }
        ::setenv("TZ", zone, 1);
        ::tzset();
    }
    TimeZone(const TimeZone&) = delete;
    TimeZone& operator=(const TimeZone&) = delete;
    ~TimeZone() {
        if (old_) {
            ::setenv("TZ", old_->c_str(), 1);
        } else {
            ::unsetenv("TZ");
        }
        ::tzset();
    }

  private:
    std::optional<std::string> old_;
};

TEST(FlowPdf, SameDocumentSameBytesAtAnotherTimeAndInAnotherZone) {
    const auto photo = idPhoto(3);
    const policy::Submission s = rareExample();
    const FlowDocument form =
        recommendationForm(s, 0, std::vector<std::uint8_t>(photo.begin(), photo.end()));
    const FlowDocument page = enrolmentPage(enrolmentExample());
    std::string formPdf;
    std::string pagePdf;
    {
        const TimeZone beijing("Asia/Shanghai");
        formPdf = flowPdf(form);
        pagePdf = flowPdf(page);
    }
    EXPECT_EQ(flowPdf(form), formPdf) << "a second write differs";
    // Writers that read the clock do so to the second.
    std::this_thread::sleep_for(std::chrono::milliseconds(1100));
    {
        const TimeZone newYork("America/New_York");
        EXPECT_EQ(flowPdf(form), formPdf) << "differs a second later, in another zone";
        EXPECT_EQ(flowPdf(page), pagePdf);
    }
    {
        const TimeZone utc("UTC");
        EXPECT_EQ(flowPdf(form), formPdf) << "differs in UTC";
    }
    // The creation date is the document's (ISO 32000-1 §7.9.4 form), nothing else's.
    EXPECT_NE(formPdf.find("/CreationDate (D:20230710000000Z)"), std::string::npos);
    EXPECT_NE(pagePdf.find("/CreationDate (D:20230710000000Z)"), std::string::npos);
}

}  // namespace
}  // namespace baosong::test
