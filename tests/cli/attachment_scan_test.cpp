// Everything that leaves is scanned (scanner.md "Files"), through the binary as a unit
// works: a PDF whose text layer names 97621部队, a Word file whose comment by 张三 names
// 歼-20, and a life photo of a sign reading 阿拉善试验场 (drawn in a real font) are imported;
// `scan --json` and `review list --json` flag all three with the file, the page or part
// and, on pages, the box; a flag in a file cannot be redacted in baosong; and after the
// seal, the office's decrypted bag holds no trace of the Word file's author, last editor,
// company, comment author, printer or template, searched in every part of every package.

#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "ooxml/zip_package.h"
#include "support/bundle_flow.h"
#include "support/document_maker.h"
#include "support/process.h"
#include "support/temp_dir.h"
#include "support/vault_fixture.h"

namespace baosong::test {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string asText(const std::vector<std::uint8_t>& bytes) {
    return {bytes.begin(), bytes.end()};
}

// A life photo of a sign, at least 2 MiB as the notice asks of life photos.
std::vector<std::uint8_t> signPhoto() {
    Picture photo;
    photo.width = 1950;
    photo.height = 1300;
    photo.noise = 8;
    photo.words.push_back({"阿拉善试验场", 650, 860, 96});
    return pictureJpeg(photo, 95);
}

const json* flagWith(const json& flags, const std::string& text) {
    for (const auto& flag : flags) {
        if (flag.at("text").get<std::string>().find(text) != std::string::npos) {
            return &flag;
        }
    }
    return nullptr;
}

// Every file under the folder, and every part of each zip package among them.
std::string everythingIn(const fs::path& folder) {
    std::string all;
    for (const auto& e : fs::recursive_directory_iterator(folder)) {
        if (!e.is_regular_file()) {
            continue;
        }
        const std::string bytes = readFile(e.path());
        all += bytes;
        if (bytes.starts_with("PK")) {
            const std::vector<std::uint8_t> zip(bytes.begin(), bytes.end());
            for (const auto& part : app::ooxml::readPackage(zip, e.path().string())) {
                all += part.data;
            }
        }
    }
    return all;
}

TEST(AttachmentScan, WordsInAPdfAWordCommentAndASignInAPhotoAreFlaggedWhereTheyStand) {
    TempDir dir;
    fs::create_directories(dir.path() / "in/附件");
    const std::string source = writeSealableSubmission(dir / "in");
    json doc = json::parse(readFile(source));
    writeFile(dir / "in/附件/证书.pdf",
              textPdf({"荣誉证书", "该同志曾在97621部队服役，表现优秀。"}));
    OfficeMaking word;
    word.paragraphs = {"个人事迹说明。"};
    word.comment = "此处提到的歼-20已公开报道";
    word.commentAuthor = "张三";
    word.creator = "张三";
    word.lastModifiedBy = "李四";
    word.company = "某某研究所";
    writeFile(dir / "in/附件/说明.docx", asText(makeDocx(word)));
    const auto photo = signPhoto();
    ASSERT_GE(photo.size(), std::size_t{2} << 20);
    const std::string lifePhoto = doc["candidates"][0]["life_photos"][0];
    writeFile(dir.path() / "in" / lifePhoto, asText(photo));
    doc["candidates"][0]["attachments"] = json::array({"附件/证书.pdf", "附件/说明.docx"});
    writeFile(source, doc.dump());

    BundleFlow unit(dir);
    unit.initUnit();
    unit.importSubmission(source);

    const auto scanned = BundleFlow::run({"scan", "--json", unit.vault});
    ASSERT_EQ(scanned.exitCode, 1) << scanned.err;
    const json flags = json::parse(scanned.out).at("flags");

    const json* inPdf = flagWith(flags, "97621部队");
    ASSERT_NE(inPdf, nullptr) << flags.dump(1);
    EXPECT_EQ(inPdf->at("category"), "MILITARY_UNIT");
    EXPECT_EQ(inPdf->at("candidate"), 0);
    EXPECT_EQ(inPdf->at("field"), "attachments[0]");
    const json& pdfAt = inPdf->at("location");
    EXPECT_EQ(pdfAt.at("path"), "附件/证书.pdf");
    EXPECT_EQ(pdfAt.at("page"), 2);
    EXPECT_FALSE(pdfAt.at("ocr").get<bool>());
    ASSERT_TRUE(pdfAt.at("box").is_array()) << pdfAt.dump();

    const json* inComment = flagWith(flags, "歼-20");
    ASSERT_NE(inComment, nullptr) << flags.dump(1);
    EXPECT_EQ(inComment->at("category"), "WEAPON_DESIGNATION");
    const json& commentAt = inComment->at("location");
    EXPECT_EQ(commentAt.at("path"), "附件/说明.docx");
    EXPECT_EQ(commentAt.at("part"), "word/comments.xml");
    EXPECT_TRUE(commentAt.at("page").is_null());
    EXPECT_TRUE(commentAt.at("box").is_null());

    const json* inPhoto = flagWith(flags, "阿拉善试验场");
    ASSERT_NE(inPhoto, nullptr) << flags.dump(1);
    EXPECT_EQ(inPhoto->at("category"), "GEO_LOCATION");
    EXPECT_EQ(inPhoto->at("field"), "life_photos[0]");
    const json& photoAt = inPhoto->at("location");
    EXPECT_EQ(photoAt.at("path"), lifePhoto);
    EXPECT_EQ(photoAt.at("page"), 1);
    EXPECT_TRUE(photoAt.at("ocr").get<bool>());
    ASSERT_TRUE(photoAt.at("box").is_array()) << photoAt.dump();
    // Drawn at (650, 860) of 1950 × 1300, six characters of 96 pixels.
    EXPECT_NEAR(photoAt.at("box")[0].get<double>(), 650 / 1950.0, 0.03);
    EXPECT_NEAR(photoAt.at("box")[1].get<double>(), 860 / 1300.0, 0.05);
    EXPECT_NEAR(photoAt.at("box")[2].get<double>(), 6 * 96 / 1950.0, 0.05);

    // The text view names the file and the page.
    const auto lines = BundleFlow::run({"scan", unit.vault});
    EXPECT_NE(lines.out.find("文件“附件/证书.pdf”第 2 页"), std::string::npos) << lines.out;
    EXPECT_NE(lines.out.find("（文字识别）"), std::string::npos) << lines.out;

    // The review lists the same flags, and will not rewrite a file's words.
    const json listed = json::parse(BundleFlow::run({"review", unit.vault, "list", "--json"}).out);
    ASSERT_NE(flagWith(listed.at("flags"), "歼-20"), nullptr);
    EXPECT_EQ(flagWith(listed.at("flags"), "歼-20")->at("location").at("part"),
              "word/comments.xml");
    const auto redacted =
        BundleFlow::run({"review", unit.vault, "resolve", inComment->at("id").get<std::string>(),
                         "--decision", "redacted", "--note", "改为某型"});
    EXPECT_EQ(redacted.exitCode, 2) << redacted.out << redacted.err;
    EXPECT_NE(redacted.err.find("[flag_in_file]"), std::string::npos) << redacted.err;

    unit.reviewAndSignOff();
    const std::string office = dir / "office.bsv";
    unit.initOffice(office);
    unit.exchangeKeys(office);
    const auto sealed = unit.seal(dir / "out");
    ASSERT_EQ(sealed.exitCode, 0) << sealed.err;
    fs::create_directories(dir.path() / "received");
    const auto opened =
        BundleFlow::run({"office", "open", office, json::parse(sealed.out).at("bundle"), "--out",
                         dir / "received"});
    ASSERT_EQ(opened.exitCode, 0) << opened.err;
    const std::string received = everythingIn(dir.path() / "received");
    EXPECT_NE(received.find("此处提到的歼-20已公开报道"), std::string::npos)
        << "the comment's words are content and leave";
    for (const char* trace : {"张三", "李四", "某某研究所", "ZHANGSAN-PC", "zhangsan",
                              "CustomPropertyValue", "Normal.dotm"}) {
        EXPECT_EQ(received.find(trace), std::string::npos) << trace << " left the unit";
    }
}

}  // namespace
}  // namespace baosong::test
