// `baosong documents` through the real binary: every file it promises, the photos as the
// vault holds them (metadata already stripped), the same bytes from another run (the
// sign-off depends on it), and no overwriting.

#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "support/bundle_flow.h"
#include "support/temp_dir.h"
#include "support/vault_fixture.h"

namespace baosong::test {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

TEST(DocumentsCommand, WritesEveryDocumentAndThePhotosOnce) {
    TempDir dir;
    fs::create_directories(dir.path() / "in");
    BundleFlow unit{dir, "91150200MA0N8XQ313", "unit"};
    unit.initUnit();
    unit.importSubmission(writeSealableSubmission(dir / "in", 100000));
    fs::create_directories(dir.path() / "out");
    const auto r = BundleFlow::run({"documents", unit.vault, "--out", dir / "out", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const json result = json::parse(r.out);
    const std::string folder = result.at("folder");
    EXPECT_EQ(fs::path(folder).filename().string(), "91150200MA0N8XQ313-nmg-zuimei-2023-r1-文件");
    const std::vector<std::string> expected = {"推荐工作情况报告.docx",
                                               "推荐工作情况报告.pdf",
                                               "推荐表/张卫东.docx",
                                               "推荐表/张卫东.pdf",
                                               "推荐表/李思源.docx",
                                               "推荐表/李思源.pdf",
                                               "汇总表.docx",
                                               "汇总表.pdf",
                                               "汇总表.xlsx",
                                               "照片/张卫东1.jpg",
                                               "照片/张卫东2.jpg",
                                               "照片/张卫东3.jpg",
                                               "照片/张卫东_证件照.jpg",
                                               "照片/李思源_证件照.jpg"};
    EXPECT_EQ(result.at("files").get<std::vector<std::string>>(), expected);
    for (const std::string& file : expected) {
        const std::string bytes = readFile(fs::path(folder) / file);
        const std::string magic = file.ends_with(".jpg")   ? "\xff\xd8"
                                  : file.ends_with(".pdf") ? "%P"
                                                           : "PK";
        EXPECT_EQ(bytes.substr(0, 2), magic) << file;
    }
    EXPECT_EQ(readFile(fs::path(folder) / "照片/张卫东1.jpg"),
              readFile(dir.path() / "in/photos/张卫东1.jpg"));  // import found nothing to strip

    // Another process, a second or more later: the same bytes, file for file.
    fs::create_directories(dir.path() / "out2");
    const auto second = BundleFlow::run({"documents", unit.vault, "--out", dir / "out2", "--json"});
    ASSERT_EQ(second.exitCode, 0) << second.err;
    const std::string folder2 = json::parse(second.out).at("folder");
    for (const std::string& file : expected) {
        EXPECT_EQ(readFile(fs::path(folder2) / file), readFile(fs::path(folder) / file)) << file;
    }

    const auto again = BundleFlow::run({"documents", unit.vault, "--out", dir / "out"});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_NE(again.err.find("target_exists"), std::string::npos);
    EXPECT_EQ(BundleFlow::run({"documents", unit.vault}).exitCode, 2);  // --out is required
}

}  // namespace
}  // namespace baosong::test
