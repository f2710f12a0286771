// The office's review through the real binary: two units seal with their stamped scans,
// the office opens both, sees every candidate, writes opinions, forwards and withholds;
// bad inputs are refused with their codes and change nothing.

#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "support/bundle_flow.h"
#include "support/cli_runner.h"
#include "support/pdf_text.h"
#include "support/process.h"
#include "support/temp_dir.h"
#include "support/vault_fixture.h"

namespace baosong::test {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr const char* kUnitA = "91150200MA0N8XQ313";
constexpr const char* kUnitB = "91150100MA0PQ7RX21";

// Two units sealed and opened at one office, once for the suite (sealing real photos is the
// slow part, the more so under the sanitizers); each test works on its own copy of the
// office vault.
struct TwoUnitsAtTheOffice {
    TempDir dir;
    std::string office = dir / "office.bsv";
    BundleFlow unitA{dir, kUnitA, "unitA"};
    BundleFlow unitB{dir, kUnitB, "unitB"};
    bool ready = false;

    void make() {
        fs::create_directories(dir.path() / "a");
        fs::create_directories(dir.path() / "b");
        fs::create_directories(dir.path() / "received");
        unitA.readyToSeal(writeSealableSubmission(dir / "a"), office);
        // Unit B nominates two other people.
        const std::string b = writeSealableSubmission(dir / "b");
        json doc = json::parse(readFile(b));
        doc["unit"]["id"] = kUnitB;
        doc["candidates"][0]["name"] = "王建国";
        doc["candidates"][1]["name"] = "刘晓燕";
        // Life photos are optional (policy.md LIFE_PHOTO_COUNT): B sends none, which halves
        // the sealing here.
        doc["candidates"][0]["life_photos"] = json::array();
        writeFile(b, doc.dump());
        unitB.initUnit();
        unitB.importSubmission(b);
        unitB.reviewAndSignOff();
        unitB.exchangeKeys(office);
        for (BundleFlow* unit : {&unitA, &unitB}) {
            const auto sealed = unit->seal(unit->base + "/out");
            ASSERT_EQ(sealed.exitCode, 0) << sealed.err;
            const std::string bundle = json::parse(sealed.out).at("bundle");
            const auto opened =
                BundleFlow::run({"office", "open", office, bundle, "--out", dir / "received"});
            ASSERT_EQ(opened.exitCode, 0) << opened.out << opened.err;
        }
        ready = true;
    }
};

class OfficeReviewCommandTest : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        shared = new TwoUnitsAtTheOffice;
        shared->make();
    }
    static void TearDownTestSuite() {
        delete shared;
        shared = nullptr;
    }
    void SetUp() override {
        ASSERT_TRUE(shared != nullptr && shared->ready) << "the two units could not be set up";
        fs::copy_file(shared->office, office);
    }
    ProcessResult run(std::vector<std::string> args) { return BundleFlow::run(std::move(args)); }
    json candidates() {
        const auto r = run({"office", "candidates", office, "--json"});
        EXPECT_EQ(r.exitCode, 0) << r.err;
        return json::parse(r.out);
    }

    static inline TwoUnitsAtTheOffice* shared = nullptr;
    TempDir dir;
    std::string office = dir / "office.bsv";
    const BundleFlow& unitA = shared->unitA;
};

// The whole review through the binary: bad inputs refused, opinions for every candidate,
// three forwarded and one withheld, then the set for 内蒙古科协 made from the bundles, checked
// for its stamped scans, and opened by LibreOffice. One test: sealing two units' real photos
// is the slow part, the more so under the sanitizers.
TEST_F(OfficeReviewCommandTest, ReviewThenTheSetForTheAssociation) {
    json listed = candidates();
    ASSERT_EQ(listed["candidates"].size(), 4u);
    EXPECT_EQ(listed["candidates"][0]["unit"], kUnitB);  // by unit id
    EXPECT_EQ(listed["candidates"][0]["name"], "王建国");
    EXPECT_EQ(listed["candidates"][3]["name"], "李思源");
    EXPECT_EQ(listed["candidates"][3]["number"], 2);
    EXPECT_EQ(listed["candidates"][3]["decision"], "");
    EXPECT_TRUE(listed["warnings"].empty()) << listed.dump();

    // Nothing decided yet: the set is refused with every reason, nothing written.
    const std::string out = dir / "to-kexie";
    fs::create_directories(out);
    const auto early = run({"office", "export", office, "--out", out});
    EXPECT_EQ(early.exitCode, 1);
    EXPECT_EQ(errorCodeIn(early), "export_refused");
    EXPECT_NE(early.err.find("第 2 名候选人刘晓燕还没有推荐单位意见"), std::string::npos)
        << early.err;
    EXPECT_TRUE(fs::is_empty(out));

    // Bad inputs: each its code, and the office vault is not touched.
    const std::string before = readFile(office);
    const std::vector<std::pair<std::vector<std::string>, std::string>> refused = {
        {{"office", "decide", office, "--unit", kUnitA, "--candidate", "1", "--forward"},
         "opinion_missing"},
        {{"office", "decide", office, "--unit", kUnitA, "--candidate", "1", "--withhold"},
         "reason_missing"},
        {{"office", "decide", office, "--unit", kUnitA, "--candidate", "1", "--forward",
          "--withhold"},
         "usage"},
        {{"office", "opinion", office, "--unit", kUnitA, "--candidate", "1", "--text", "事迹突出"},
         "opinion_no_decision"},
        {{"office", "opinion", office, "--unit", kUnitA, "--candidate", "3", "--text", "同意推荐"},
         "candidate_unknown"},
        {{"office", "opinion", office, "--unit", "91150200MA0N8XQ326", "--candidate", "1", "--text",
          "同意推荐"},
         "unit_not_received"},
        {{"office", "opinion", office, "--unit", kUnitA, "--candidate", "0", "--text", "同意推荐"},
         "usage"},
        {{"office", "opinion", office, "--candidate", "1", "--text", "同意推荐"}, "usage"},
        {{"office", "opinion", office, "--unit", kUnitA, "--candidate", "1", "--text", "同意推荐",
          "--revision", "2"},
         "revision_changed"},
        {{"office", "decide", office, "--unit", kUnitA, "--candidate", "1", "--withhold",
          "--reason", "x", "--revision", "first"},
         "usage"},
        {{"office", "opinion", unitA.vault, "--unit", kUnitA, "--candidate", "1", "--text",
          "同意推荐"},
         "not_office_vault"},
    };
    for (const auto& [args, code] : refused) {
        const auto r = run(args);
        EXPECT_NE(r.exitCode, 0) << code;
        EXPECT_EQ(errorCodeIn(r), code) << r.err;
    }
    EXPECT_EQ(readFile(office), before);

    const std::string agree =
        "该同志长期从事特种装备研制，事迹突出，学风严谨，道德品行端正。同意推荐。";
    for (const char* unit : {kUnitA, kUnitB}) {
        for (const char* n : {"1", "2"}) {
            const auto r = run(
                {"office", "opinion", office, "--unit", unit, "--candidate", n, "--text", agree});
            ASSERT_EQ(r.exitCode, 0) << r.err;
        }
    }
    for (const auto& [unit, n] : std::vector<std::pair<const char*, const char*>>{
             {kUnitA, "1"}, {kUnitA, "2"}, {kUnitB, "1"}}) {
        const auto r = run(
            {"office", "decide", office, "--unit", unit, "--candidate", n, "--forward", "--json"});
        ASSERT_EQ(r.exitCode, 0) << r.err;
        EXPECT_EQ(json::parse(r.out)["decision"], "forward");
    }
    const auto withheld = run({"office", "decide", office, "--unit", kUnitB, "--candidate", "2",
                               "--withhold", "--reason", "本年度名额有限，暂缓推荐"});
    ASSERT_EQ(withheld.exitCode, 0) << withheld.err;
    EXPECT_NE(withheld.out.find("暂缓推荐"), std::string::npos) << withheld.out;

    listed = candidates();
    EXPECT_EQ(listed["candidates"][1]["decision"], "withhold");
    EXPECT_EQ(listed["candidates"][1]["reason"], "本年度名额有限，暂缓推荐");
    EXPECT_EQ(listed["candidates"][2]["opinion"], agree);
    const auto text = run({"office", "candidates", office});
    EXPECT_NE(text.out.find("共 4 名候选人：3 名推荐，1 名暂缓，0 名未定"), std::string::npos)
        << text.out;
    const auto audit = run({"vault", "audit", office, "--json"});
    EXPECT_EQ(audit.exitCode, 0) << audit.err;
    EXPECT_EQ(audit.out.find("本年度名额有限"), std::string::npos);  // no words in the log

    // The set for 内蒙古科协.
    auto r = run({"office", "export", office, "--out", out, "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const json written = json::parse(r.out);
    EXPECT_EQ(written["forwarded"], 3);
    EXPECT_EQ(written["withheld"], 1);
    const fs::path set = written["folder"].get<std::string>();
    EXPECT_EQ(set.parent_path(), fs::path(out));
    // One 序号 over the forwarded: unit B's 王建国 first (by unit id), then 张卫东, 李思源.
    for (const char* file :
         {"推荐表/王建国.docx", "推荐表/王建国.pdf", "推荐表/张卫东.docx", "推荐表/李思源.pdf",
          "汇总表.docx", "汇总表.xlsx", "汇总表.pdf", "推荐工作情况报告.docx",
          "推荐工作情况报告.pdf", "README.txt", "照片/张卫东_证件照.jpg", "照片/张卫东1.jpg",
          "照片/王建国_证件照.jpg", "留存/来源清单.txt", "留存/清单.json"}) {
        EXPECT_TRUE(fs::is_regular_file(set / file)) << file;
    }
    EXPECT_FALSE(fs::exists(set / "推荐表/刘晓燕.docx"));                 // withheld
    if (const char* samples = std::getenv("BAOSONG_DOCUMENT_SAMPLES")) {  // to look at
        fs::create_directories(samples);
        fs::copy(set, fs::path(samples) / "office-set",
                 fs::copy_options::overwrite_existing | fs::copy_options::recursive);
    }
    EXPECT_TRUE(fs::is_directory(set / "盖章版/推荐表"));

    // LibreOffice opens every Word and Excel file of the set (converted to PDF, one run).
    const fs::path converted = dir / "converted";
    std::vector<std::string> argv = {
        "timeout",
        "--kill-after=10",
        "300",
        "soffice",
        "--headless",
        "--norestore",
        "-env:UserInstallation=file://" + (dir.path() / "profile").string(),
        "--convert-to",
        "pdf",
        "--outdir",
        converted.string()};
    std::vector<std::string> stems;
    for (const auto& entry : fs::recursive_directory_iterator(set)) {
        const std::string ext = entry.path().extension().string();
        if (ext == ".docx" || ext == ".xlsx") {
            // soffice names each PDF after its input's stem: 汇总表.docx and .xlsx would meet.
            const fs::path copy =
                dir.path() / "office-in" / (entry.path().stem().string() + ext.substr(1) + ext);
            fs::create_directories(copy.parent_path());
            fs::copy_file(entry.path(), copy);
            argv.push_back(copy.string());
            stems.push_back(copy.stem().string());
        }
    }
    ASSERT_EQ(stems.size(), 6u);  // 3 forms, the 汇总表 as Word and Excel, the report
    ProcessOptions options;
    options.env["HOME"] = dir.path().string();
    const ProcessResult converting = runProcess(argv, options);
    EXPECT_EQ(converting.exitCode, 0) << converting.err;
    for (const std::string& stem : stems) {
        const fs::path pdf = converted / (stem + ".pdf");
        EXPECT_TRUE(fs::exists(pdf)) << stem << "\n" << converting.out << converting.err;
        if (fs::exists(pdf)) {
            EXPECT_FALSE(pdfText(pdf).empty()) << stem;
        }
    }

    // The 汇总表: the office as 推荐单位, the notice's ten columns, no unit codes.
    const std::string summary = pdfText(set / "汇总表.pdf");
    EXPECT_NE(summary.find("推荐单位（盖章）：内蒙古自治区国防科学技术工业办公室"),
              std::string::npos)
        << summary;
    for (const char* column : {"序号", "姓名", "性别", "民族", "党派", "出生年月",
                               "工作单位及职务职称", "专业专长", "研究领域属于理工农医哪科"}) {
        EXPECT_NE(summary.find(column), std::string::npos) << column;
    }
    EXPECT_LT(summary.find("王建国"), summary.find("张卫东"));
    EXPECT_EQ(summary.find("刘晓燕"), std::string::npos);
    EXPECT_EQ(summary.find(kUnitA), std::string::npos);
    EXPECT_EQ(summary.find(kUnitB), std::string::npos);
    // Where each row came from is kept apart.
    EXPECT_NE(readFile(set / "留存/来源清单.txt").find(kUnitB), std::string::npos);
    // The 推荐表 carries the office's opinion and the unit's own words.
    const std::string form = pdfText(set / "推荐表/张卫东.pdf");
    EXPECT_NE(form.find("学风严谨，道德品行端正。同意推荐。"), std::string::npos);
    EXPECT_NE(form.find("内蒙古自治区国防科学技术工业办公室"), std::string::npos);
    const std::string readme = readFile(set / "README.txt");
    EXPECT_NE(readme.find("nmgkx@163.com"), std::string::npos);
    EXPECT_NE(readme.find("新华大街70号"), std::string::npos);
    EXPECT_NE(pdfText(set / "推荐工作情况报告.pdf").find("同意推荐3名"), std::string::npos);

    // A folder that already holds the set: refused, nothing changed.
    const std::string setBefore = snapshot(out);
    r = run({"office", "export", office, "--out", out});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(errorCodeIn(r), "target_exists") << r.err;
    EXPECT_EQ(snapshot(out), setBefore);

    // The stamped scans: missing, then a photo in a slot, then all in place.
    r = run({"office", "set-check", set.string()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.out.find("缺少盖章版“盖章版/汇总表.pdf”"), std::string::npos) << r.out;
    const json record = json::parse(readFile(set / "留存/清单.json"));
    for (const auto& slot : record["stamped"]) {
        writeFile(set / slot.get<std::string>(), "%PDF-1.4 stamped scan");
    }
    writeFile(set / "盖章版/汇总表.pdf", "\xFF\xD8\xFF\xE0 a photo of the page");
    r = run({"office", "set-check", set.string(), "--json"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(json::parse(r.out)["complete"], false);
    writeFile(set / "盖章版/汇总表.pdf", "%PDF-1.4 stamped scan");
    r = run({"office", "set-check", set.string()});
    EXPECT_EQ(r.exitCode, 0) << r.out;
    writeFile(set / "推荐表/王建国.docx", "retyped");
    r = run({"office", "set-check", set.string()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.out.find("“推荐表/王建国.docx”已被改动"), std::string::npos) << r.out;
    EXPECT_EQ(run({"office", "set-check", out}).exitCode, 2);  // not a set
}

}  // namespace
}  // namespace baosong::test
