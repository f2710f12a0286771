// Word and Excel attachments lose what is not their content on import
// (app/intake/office_metadata.h): each trace an office program leaves is in the file before
// and in no part after, while every word of the document stays; a part with nothing to
// remove keeps its bytes; the same file always strips to the same bytes; packages that are
// no Word or Excel file, or cannot be read, are refused.

#include "intake/office_metadata.h"

#include <gtest/gtest.h>

#include "base/app_error.h"
#include "intake/metadata_summary.h"
#include "ooxml/zip_package.h"
#include "support/document_maker.h"
#include "support/error_code.h"

namespace baosong::test {
namespace {

using app::intake::stripOfficeMetadata;

// Every part unzipped and laid end to end: what a byte search of the file would see if it
// were not compressed.
std::string unzipped(const std::vector<std::uint8_t>& file) {
    std::string all;
    for (const auto& part : app::ooxml::readPackage(file, "test")) {
        all += part.name + "\n" + part.data + "\n";
    }
    return all;
}

std::string partOf(const std::vector<std::uint8_t>& file, const std::string& name) {
    for (const auto& part : app::ooxml::readPackage(file, "test")) {
        if (part.name == name) {
            return part.data;
        }
    }
    return "(no part " + name + ")";
}

OfficeMaking fullOfTraces() {
    OfficeMaking m;
    m.paragraphs = {"正文第一段：推荐材料。", "正文第二段。"};
    m.tableCell = "表格中的文字";
    m.header = "页眉文字";
    m.comment = "批注的文字";
    return m;
}

// What the office programs left, each a string that must not leave the unit.
const std::vector<std::string> kTraces = {"张三",
                                          "李四",
                                          "某某研究所",
                                          "CustomPropertyValue",
                                          "ZHANGSAN-PC",
                                          "zhangsan",
                                          "00A1B2C3",
                                          "rsidR",
                                          "2023-05-20T10:00:00Z",
                                          "2023-05-21T09:00:00Z",
                                          "Normal.dotm",
                                          "thumbnail",
                                          "w:initials=\"ZS\""};

TEST(OfficeMetadata, AWordFileLosesEveryTraceAndKeepsEveryWord) {
    const auto docx = makeDocx(fullOfTraces());
    const std::string before = unzipped(docx);
    for (const std::string& trace : kTraces) {
        EXPECT_NE(before.find(trace), std::string::npos) << "the test file lacks " << trace;
    }
    const auto stripped = stripOfficeMetadata(docx, "附件/证书.docx");
    const std::string after = unzipped(stripped.bytes);
    for (const std::string& trace : kTraces) {
        EXPECT_EQ(after.find(trace), std::string::npos) << trace << " is still in the file";
    }
    for (const char* words : {"正文第一段：推荐材料。", "正文第二段。", "表格中的文字", "页眉文字",
                              "批注的文字", "补充。"}) {
        EXPECT_NE(after.find(words), std::string::npos) << words << " was lost";
    }
    const auto& r = stripped.removed;
    EXPECT_EQ(r.format, "docx");
    EXPECT_EQ(r.creator, "张三");
    EXPECT_EQ(r.lastModifiedBy, "李四");
    EXPECT_EQ(r.company, "某某研究所");
    EXPECT_EQ(r.people, std::vector<std::string>{"张三"});
    EXPECT_EQ(r.kinds(),
              (std::vector<std::string>{"properties", "custom_properties", "authors", "rsid",
                                        "printer_settings", "thumbnail", "template"}));
    // The reviewer is told who the file named; the words say so in both languages.
    const std::string summary = app::intake::metadataSummary(r.json(), app::Language::Chinese);
    EXPECT_NE(summary.find("某某研究所"), std::string::npos) << summary;
    EXPECT_NE(summary.find("张三"), std::string::npos) << summary;
}

TEST(OfficeMetadata, TheRelationshipsAndContentTypesNameNoRemovedPart) {
    const auto stripped = stripOfficeMetadata(makeDocx(fullOfTraces()), "a.docx");
    const std::string rels = partOf(stripped.bytes, "_rels/.rels");
    EXPECT_EQ(rels.find("custom.xml"), std::string::npos) << rels;
    EXPECT_NE(rels.find("word/document.xml"), std::string::npos) << rels;
    const std::string types = partOf(stripped.bytes, "[Content_Types].xml");
    EXPECT_EQ(types.find("custom.xml"), std::string::npos) << types;
    const std::string settings = partOf(stripped.bytes, "word/settings.xml");
    EXPECT_EQ(settings.find("printerSettings"), std::string::npos) << settings;
    EXPECT_EQ(settings.find("attachedTemplate"), std::string::npos) << settings;
    // The comment and the tracked change keep their (now empty) required author.
    const std::string comments = partOf(stripped.bytes, "word/comments.xml");
    EXPECT_NE(comments.find("w:author=\"\""), std::string::npos) << comments;
}

TEST(OfficeMetadata, AnExcelFileLosesEveryTraceAndKeepsEveryWord) {
    OfficeMaking m = fullOfTraces();
    m.comment = "单元格批注";
    const auto xlsx = makeXlsx(m);
    const std::string before = unzipped(xlsx);
    for (const char* trace : {"张三", "李四", "某某研究所", "ZHANGSAN-PC", "zhangsan"}) {
        EXPECT_NE(before.find(trace), std::string::npos) << "the test file lacks " << trace;
    }
    const auto stripped = stripOfficeMetadata(xlsx, "汇总.xlsx");
    const std::string after = unzipped(stripped.bytes);
    for (const char* trace : {"张三", "李四", "某某研究所", "ZHANGSAN-PC", "zhangsan"}) {
        EXPECT_EQ(after.find(trace), std::string::npos) << trace << " is still in the file";
    }
    for (const char* words : {"正文第一段：推荐材料。", "单元格批注", "汇总"}) {
        EXPECT_NE(after.find(words), std::string::npos) << words << " was lost";
    }
    EXPECT_EQ(stripped.removed.format, "xlsx");
    EXPECT_EQ(stripped.removed.kinds(),
              (std::vector<std::string>{"properties", "authors", "printer_settings", "template",
                                        "file_path"}));
    // The page set-up no longer names the printer settings part that is gone.
    const std::string sheet = partOf(stripped.bytes, "xl/worksheets/sheet1.xml");
    EXPECT_EQ(sheet.find("r:id"), std::string::npos) << sheet;
    EXPECT_NE(sheet.find("pageSetup"), std::string::npos) << sheet;
}

TEST(OfficeMetadata, APartWithNothingToRemoveKeepsItsBytesAndStrippingRepeats) {
    OfficeMaking m = fullOfTraces();
    m.traces = false;
    m.comment.clear();
    const auto docx = makeDocx(m);
    const auto once = stripOfficeMetadata(docx, "a.docx");
    EXPECT_EQ(partOf(once.bytes, "word/header1.xml"), partOf(docx, "word/header1.xml"));
    EXPECT_EQ(stripOfficeMetadata(docx, "a.docx").bytes, once.bytes);
    EXPECT_EQ(stripOfficeMetadata(once.bytes, "a.docx").bytes, once.bytes);
}

std::vector<std::uint8_t> packageOf(const std::vector<std::pair<std::string, std::string>>& parts) {
    std::vector<app::ooxml::PackagePartView> views;
    for (const auto& [name, data] : parts) {
        views.push_back({name, data});
    }
    const std::string bytes = app::ooxml::writePackage(views);
    return {bytes.begin(), bytes.end()};
}

TEST(OfficeMetadata, WhatIsNoWordOrExcelFileIsRefused) {
    const auto refused = [](const std::vector<std::uint8_t>& file) {
        return errorCodeOf<app::AppError>([&] { stripOfficeMetadata(file, "x.docx"); });
    };
    EXPECT_EQ(refused(packageOf({{"ppt/presentation.xml", "<p/>"}})),
              "attachment_format_unsupported");
    EXPECT_EQ(refused(packageOf({{"notes.txt", "plain zip"}})), "attachment_format_unsupported");
    EXPECT_EQ(refused(packageOf(
                  {{"word/document.xml", "<w:document/>"}, {"word/vbaProject.bin", "macro"}})),
              "attachment_format_unsupported");
    // A DOCTYPE is the door to entity expansion: no Office part carries one.
    EXPECT_EQ(
        refused(packageOf({{"word/document.xml",
                            "<!DOCTYPE d [<!ENTITY a \"aaaa\">]><w:document>&a;</w:document>"}})),
        "attachment_malformed");
    EXPECT_EQ(refused(packageOf({{"word/document.xml", "<w:document><w:body></w:document>"}})),
              "attachment_malformed");
    auto truncated = makeDocx(fullOfTraces());
    truncated.resize(truncated.size() / 2);
    EXPECT_EQ(refused(truncated), "attachment_malformed");
    std::vector<std::pair<std::string, std::string>> many;
    for (std::size_t i = 0; i <= app::ooxml::kMaxPackageParts; ++i) {
        many.emplace_back("p" + std::to_string(i), "");
    }
    EXPECT_EQ(refused(packageOf(many)), "attachment_malformed");
}

TEST(OfficeMetadata, ADamagedPartIsRefusedAndNamed) {
    auto docx = makeDocx(fullOfTraces());
    // Flip a byte inside the compressed data of the first part (after its local header).
    docx[80] ^= 0x55;
    try {
        stripOfficeMetadata(docx, "坏.docx");
        FAIL() << "a damaged package was accepted";
    } catch (const app::AppError& e) {
        EXPECT_EQ(e.code(), "attachment_malformed");
        EXPECT_NE(std::string(e.what()).find("坏.docx"), std::string::npos) << e.what();
    }
}

}  // namespace
}  // namespace baosong::test
