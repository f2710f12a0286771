// What import stripped never leaves the unit (THREAT_MODEL.md "What leaves"): a photo with
// a GPS position, a camera, XMP, IPTC, a comment and an APP12 segment, and a scanned PDF
// naming its author, creator and producer, are sealed and opened at the office; every
// byte of the decrypted bag, the bundle's clear files and the documents is searched for
// each removed value, and for the OS login of whoever worked on the vault. review.json
// says only which kinds were removed, and names the reviewer by the name they set.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "support/bundle_flow.h"
#include "support/jpeg_maker.h"
#include "support/pdf_maker.h"
#include "support/process.h"
#include "support/temp_dir.h"
#include "support/vault_fixture.h"

namespace baosong::test {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

TEST(StrippedMetadata, NoRemovedValueLeavesInAnyFileOfTheBundle) {
    TempDir dir;
    fs::create_directories(dir.path() / "in");
    const std::string source = writeSealableSubmission(dir / "in");
    json doc = json::parse(readFile(source));
    const std::string photo = doc["candidates"][0]["photo"];
    const std::string original = readFile(dir.path() / "in" / photo);
    const auto jpeg = std::vector<unsigned char>(original.begin(), original.end());
    const auto tagged = withMetadata(jpeg);
    writeFile(dir.path() / "in" / photo, std::string(tagged.begin(), tagged.end()));
    PdfMaking making;
    making.author = "AuthorSecretName";
    making.creator = "CreatorSecretApp";
    making.producer = "ProducerSecretLib";
    making.xmp = true;
    making.annotation = true;
    fs::create_directories(dir.path() / "in/scans");
    writeFile(dir / "in/scans/盖章版.pdf", makePdf(making));
    doc["candidates"][0]["attachments"] = json::array({"scans/盖章版.pdf"});
    writeFile(source, doc.dump());

    BundleFlow unit(dir);
    unit.initUnit();
    unit.importSubmission(source);
    // The values the reviewer sees inside the vault: each must stay there.
    const json listed = json::parse(BundleFlow::run({"review", unit.vault, "list", "--json"}).out);
    std::vector<std::string> removed = {
        "TestCam",          "x:xmpmeta",        "Photoshop 3.0",     "taken at the range", "Ducky",
        "AuthorSecretName", "CreatorSecretApp", "ProducerSecretLib", "CommentAuthorName"};
    bool sawPosition = false;
    for (const auto& item : listed.at("items")) {
        const auto& record = item.at("metadata_removed");
        if (record.is_object() && !record.value("gps_position", "").empty()) {
            removed.push_back(record.at("gps_position"));
            removed.push_back(record.at("taken"));
            sawPosition = true;
        }
    }
    ASSERT_TRUE(sawPosition) << "the test photo must carry a GPS position: " << listed.dump();
    ASSERT_EQ(BundleFlow::run({"review", unit.vault, "name", "李审查"}).exitCode, 0);
    unit.reviewAndSignOff();
    // review.json names the reviewer: renaming after the sign-off voids it, with its cause.
    ASSERT_EQ(BundleFlow::run({"review", unit.vault, "name", "李审"}).exitCode, 0);
    const auto renamed = BundleFlow::run({"review", unit.vault, "list"});
    EXPECT_EQ(renamed.exitCode, 1);
    EXPECT_NE(renamed.out.find("更改了审查员姓名"), std::string::npos) << renamed.out;
    ASSERT_EQ(BundleFlow::run({"review", unit.vault, "name", "李审查"}).exitCode, 0);
    EXPECT_EQ(BundleFlow::run({"review", unit.vault, "list"}).exitCode, 0)
        << "the name as signed: the sign-off covers the content again";
    const std::string office = dir / "office.bsv";
    unit.initOffice(office);
    unit.exchangeKeys(office);
    const auto sealed = unit.seal(dir / "out");
    ASSERT_EQ(sealed.exitCode, 0) << sealed.err;
    fs::create_directories(dir.path() / "received");
    const std::string bundle = json::parse(sealed.out).at("bundle");
    const auto opened =
        BundleFlow::run({"office", "open", office, bundle, "--out", dir / "received"});
    ASSERT_EQ(opened.exitCode, 0) << opened.err;

    // Everything that left: the decrypted bag and the bundle's clear files.
    std::vector<fs::path> files;
    for (const auto& e : fs::recursive_directory_iterator(dir.path() / "received")) {
        if (e.is_regular_file()) {
            files.push_back(e.path());
        }
    }
    for (const auto& e : fs::directory_iterator(dir.path() / "out")) {
        if (e.is_regular_file() && e.path().extension() != ".bsx") {
            files.push_back(e.path());
        }
    }
    ASSERT_GT(files.size(), 10u);
    std::string reviewJson;
    for (const fs::path& file : files) {
        const std::string bytes = readFile(file);
        for (const std::string& value : removed) {
            EXPECT_EQ(bytes.find(value), std::string::npos) << value << " left in " << file;
        }
        // actorFor() names the OS account ("reviewer:<login>"); it must not leave.
        for (const char* role : {"reviewer:", "officer:", "clerk:"}) {
            EXPECT_EQ(bytes.find(role), std::string::npos) << role << " left in " << file;
        }
        if (file.filename() == "review.json") {
            reviewJson = bytes;
        }
    }
    ASSERT_FALSE(reviewJson.empty());
    const json review = json::parse(reviewJson);
    EXPECT_EQ(review.at("format"), "baosong.review/2");
    EXPECT_EQ(review.at("reviewer").at("name"), "李审查");
    EXPECT_EQ(review.at("reviewer").at("fingerprint").get<std::string>().size(), 64u);
    bool photoKinds = false;
    bool pdfKinds = false;
    for (const auto& item : review.at("items")) {
        const auto kinds = item.at("metadata_removed").get<std::vector<std::string>>();
        const auto has = [&](const char* k) {
            return std::find(kinds.begin(), kinds.end(), k) != kinds.end();
        };
        photoKinds = photoKinds || (has("gps") && has("exif") && has("xmp") && has("iptc"));
        pdfKinds = pdfKinds || (has("info") && has("xmp") && has("annotations"));
    }
    EXPECT_TRUE(photoKinds) << reviewJson;
    EXPECT_TRUE(pdfKinds) << reviewJson;
}

}  // namespace
}  // namespace baosong::test
