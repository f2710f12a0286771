// PDF attachments lose their metadata on import (app/intake/pdf_metadata.h): what the
// information dictionary, XMP and applications' private data said is gone from the bytes,
// earlier revisions with it, while the page is kept as it was; poppler's pdfinfo agrees;
// a digitally signed PDF is left whole; a file that only claims to be a PDF is refused.

#include "intake/pdf_metadata.h"

#include <gtest/gtest.h>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "base/app_error.h"
#include "intake/metadata_summary.h"
#include "support/jpeg_maker.h"
#include "support/pdf_maker.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace baosong::test {
namespace {

using app::intake::looksLikePdf;
using app::intake::stripPdfMetadata;

std::vector<std::uint8_t> bytesOf(const std::string& text) {
    return {text.begin(), text.end()};
}

std::string textOf(const std::vector<std::uint8_t>& bytes) {
    return {bytes.begin(), bytes.end()};
}

PdfMaking fullOfMetadata() {
    PdfMaking making;
    making.author = "OldAuthorName";
    making.creator = "ScanSoftPro 9";
    making.producer = "scanner-7 driver";
    making.xmp = true;
    making.pieceInfo = true;
    making.id = "OLDID-MAC-001A2B";
    making.image = true;
    making.annotation = true;
    making.embeddedFile = true;
    return making;
}

// Every trace fullOfMetadata leaves, as it appears in the file's bytes.
const std::vector<std::string> kTraces = {"OldAuthorName", "ScanSoftPro", "scanner-7", "TestCam",
                                          "CommentAuthorName", "EmbeddedSecretText", "secret-notes",
                                          "D:20230601",
                                          // The original /ID, hex-encoded.
                                          "4f4c4449442d4d41432d303031413242"};

// A comment written directly inside the page's /Annots array, not as an object of its own,
// loses its author and dates as an indirect one does (the walk used to see only the file's
// own objects, so this author left with the scan).
TEST(PdfMetadata, ADirectAnnotationLosesItsAuthorAndDates) {
    PdfMaking making;
    making.directAnnotation = true;
    const std::string input = makePdf(making);
    for (const char* trace : {"DirectCommentAuthor", "D:20230602"}) {
        ASSERT_NE(input.find(trace), std::string::npos) << trace;
    }
    const auto stripped = stripPdfMetadata(bytesOf(input), "scan.pdf");
    EXPECT_TRUE(stripped.removed.annotations);
    const std::string output = textOf(stripped.bytes);
    for (const char* trace : {"DirectCommentAuthor", "D:20230602"}) {
        EXPECT_EQ(output.find(trace), std::string::npos) << trace;
    }
    QPDF pdf;
    pdf.processMemoryFile("out", output.data(), output.size());
    auto pages = QPDFPageDocumentHelper(pdf).getAllPages();
    ASSERT_EQ(pages.size(), 1u);
    EXPECT_EQ(pages[0].getObjectHandle().getKey("/Annots").getArrayNItems(), 1);  // kept
}

TEST(PdfMetadata, InformationXmpAndPrivateDataGoThePageStays) {
    const std::string input = makePdf(fullOfMetadata());
    for (const std::string& trace : kTraces) {
        ASSERT_NE(input.find(trace), std::string::npos) << trace;
    }
    const auto stripped = stripPdfMetadata(bytesOf(input), "scan.pdf");

    EXPECT_TRUE(stripped.removed.stripped);
    EXPECT_FALSE(stripped.removed.signedDocument);
    EXPECT_EQ(stripped.removed.info, (std::vector<std::string>{"Author", "Creator", "Producer"}));
    EXPECT_EQ(stripped.removed.author, "OldAuthorName");
    EXPECT_EQ(stripped.removed.creator, "ScanSoftPro 9");
    EXPECT_EQ(stripped.removed.producer, "scanner-7 driver");
    EXPECT_TRUE(stripped.removed.xmp);
    EXPECT_TRUE(stripped.removed.pieceInfo);
    EXPECT_TRUE(stripped.removed.annotations);
    EXPECT_TRUE(stripped.removed.embeddedFiles);
    EXPECT_TRUE(stripped.removed.imageMetadata);
    EXPECT_FALSE(stripped.removed.repaired);

    const std::string output = textOf(stripped.bytes);
    for (const std::string& trace : kTraces) {
        EXPECT_EQ(output.find(trace), std::string::npos) << trace;
    }
    QPDF pdf;
    pdf.processMemoryFile("out", output.data(), output.size());
    EXPECT_FALSE(pdf.getTrailer().hasKey("/Info"));
    EXPECT_FALSE(pdf.getRoot().hasKey("/Metadata"));
    auto pages = QPDFPageDocumentHelper(pdf).getAllPages();
    ASSERT_EQ(pages.size(), 1u);
    EXPECT_FALSE(pages[0].getObjectHandle().hasKey("/PieceInfo"));
    const auto content = pages[0].getObjectHandle().getKey("/Contents").getStreamData();
    EXPECT_EQ(std::string(reinterpret_cast<const char*>(content->getBuffer()), content->getSize()),
              "BT /F1 24 Tf 72 720 Td (scan) Tj ET");
    // The image is the same picture: only its metadata segments went.
    QPDFObjectHandle image =
        pages[0].getObjectHandle().getKey("/Resources").getKey("/XObject").getKey("/Im1");
    const auto jpeg = image.getRawStreamData();
    const std::vector<std::uint8_t> kept(jpeg->getBuffer(), jpeg->getBuffer() + jpeg->getSize());
    const auto original = idPhoto(3);
    EXPECT_EQ(kept, std::vector<std::uint8_t>(original.begin(), original.end()));
    EXPECT_EQ(pages[0].getObjectHandle().getKey("/Annots").getArrayNItems(), 1);  // kept

    // The same scan always gives the same bytes (a re-import keeps the sign-off), and what
    // comes out has nothing left to remove.
    EXPECT_EQ(stripPdfMetadata(bytesOf(input), "scan.pdf").bytes, stripped.bytes);
    const auto again = stripPdfMetadata(stripped.bytes, "scan.pdf").removed;
    EXPECT_TRUE(again.info.empty());
    EXPECT_FALSE(again.xmp || again.pieceInfo);
}

TEST(PdfMetadata, PopplerSeesNoAuthorAfterwards) {
    BAOSONG_REQUIRE_PROGRAM("pdfinfo");
    TempDir dir;
    const std::string before = dir / "before.pdf";
    const std::string after = dir / "after.pdf";
    const std::string input = makePdf(fullOfMetadata());
    writeFile(before, input);
    const auto stripped = stripPdfMetadata(bytesOf(input), "scan.pdf");
    writeFile(after, textOf(stripped.bytes));

    const auto was = runProcess({"pdfinfo", before});
    ASSERT_EQ(was.exitCode, 0) << was.err;
    EXPECT_NE(was.out.find("OldAuthorName"), std::string::npos) << was.out;
    const auto is = runProcess({"pdfinfo", after});
    ASSERT_EQ(is.exitCode, 0) << is.err;
    EXPECT_EQ(is.out.find("Author"), std::string::npos) << is.out;
    EXPECT_EQ(is.out.find("Producer"), std::string::npos) << is.out;
    EXPECT_NE(is.out.find("Pages:           1\n"), std::string::npos) << is.out;
    EXPECT_TRUE(is.err.empty()) << is.err;
}

TEST(PdfMetadata, ChineseValuesAreReadForTheReviewer) {
    PdfMaking making;
    making.author = "张卫东（涉密机 07）";
    const auto removed = stripPdfMetadata(bytesOf(makePdf(making)), "scan.pdf").removed;
    EXPECT_EQ(removed.author, "张卫东（涉密机 07）");
    const std::string summary = app::intake::metadataSummary(removed.json());
    EXPECT_NE(summary.find("已清除：文档信息 Author"), std::string::npos) << summary;
    EXPECT_NE(summary.find("文档中记有作者 张卫东（涉密机 07）"), std::string::npos) << summary;
    const std::string english =
        app::intake::metadataSummary(removed.json(), app::Language::English);
    EXPECT_NE(english.find("stripped: document information Author"), std::string::npos) << english;
    EXPECT_NE(english.find("the document recorded author 张卫东"), std::string::npos) << english;
}

TEST(PdfMetadata, EarlierRevisionsOfAnIncrementalSaveAreDropped) {
    PdfMaking making;
    making.author = "FirstAuthorName";
    const std::string input = withIncrementalInfo(makePdf(making), "SecondAuthorName");
    ASSERT_NE(input.find("FirstAuthorName"), std::string::npos);
    const auto stripped = stripPdfMetadata(bytesOf(input), "scan.pdf");
    EXPECT_EQ(stripped.removed.author, "SecondAuthorName");  // the current revision's
    const std::string output = textOf(stripped.bytes);
    EXPECT_EQ(output.find("FirstAuthorName"), std::string::npos);
    EXPECT_EQ(output.find("SecondAuthorName"), std::string::npos);
}

TEST(PdfMetadata, ADigitallySignedPdfIsLeftWholeAndSaysWhatItHolds) {
    using Signature = PdfMaking::Signature;
    for (const Signature signature : {Signature::Signed, Signature::SignedInKid}) {
        PdfMaking making = fullOfMetadata();
        making.signature = signature;
        const std::string input = makePdf(making);
        const auto kept = stripPdfMetadata(bytesOf(input), "stamped.pdf");
        EXPECT_EQ(textOf(kept.bytes), input);
        EXPECT_TRUE(kept.removed.signedDocument);
        EXPECT_FALSE(kept.removed.stripped);
    }
    // A blank "sign here" field is not a signature: that file is stripped.
    PdfMaking blank = fullOfMetadata();
    blank.signature = Signature::BlankField;
    const auto stripped = stripPdfMetadata(bytesOf(makePdf(blank)), "form.pdf");
    EXPECT_TRUE(stripped.removed.stripped);
    EXPECT_FALSE(stripped.removed.signedDocument);
    EXPECT_EQ(textOf(stripped.bytes).find("OldAuthorName"), std::string::npos);

    PdfMaking making = fullOfMetadata();
    making.signature = Signature::Signed;
    const auto kept = stripPdfMetadata(bytesOf(makePdf(making)), "stamped.pdf");
    EXPECT_EQ(kept.removed.author, "OldAuthorName");
    EXPECT_TRUE(kept.removed.xmp);
    EXPECT_TRUE(kept.removed.embeddedFiles);
    const std::string summary = app::intake::metadataSummary(kept.removed.json());
    EXPECT_NE(summary.find("带电子签章，未清除元数据"), std::string::npos) << summary;
    EXPECT_NE(summary.find("嵌入的文件"), std::string::npos) << summary;
    EXPECT_NE(summary.find("作者 OldAuthorName, 创建程序 ScanSoftPro 9, 生成程序 scanner-7 driver"),
              std::string::npos)
        << summary;
}
// A name in a PDF is bytes (ISO 32000-1 §7.3.5), not always UTF-8: the record of what was
// removed is still JSON, each byte that is not UTF-8 replaced by U+FFFD.
TEST(PdfMetadata, AnInformationKeyThatIsNotUtf8IsRecordedReplaced) {
    PdfMaking making;
    making.author = "OldAuthorName";
    const std::string made = makePdf(making);
    QPDF pdf;
    pdf.processMemoryFile("made.pdf", made.data(), made.size());
    pdf.getTrailer().getKey("/Info").replaceKey("/Scanner\x8B",
                                                QPDFObjectHandle::newString("scanner-7"));
    QPDFWriter writer(pdf);
    writer.setOutputMemory();
    writer.write();
    const auto buffer = writer.getBufferSharedPointer();
    const std::vector<std::uint8_t> input(buffer->getBuffer(),
                                          buffer->getBuffer() + buffer->getSize());
    const auto removed = stripPdfMetadata(input, "scan.pdf").removed;
    EXPECT_NE(std::find(removed.info.begin(), removed.info.end(), "Scanner\x8B"),
              removed.info.end());
    const auto json = nlohmann::json::parse(removed.json());
    EXPECT_NE(std::find(json.at("info").begin(), json.at("info").end(), "Scanner\uFFFD"),
              json.at("info").end());
}

// qpdf reads a damaged file by rebuilding its cross-references; the reviewer is told.
TEST(PdfMetadata, ADamagedButReadablePdfIsRepairedAndSaysSo) {
    PdfMaking making;
    making.author = "OldAuthorName";
    std::string input = makePdf(making);
    const std::size_t at = input.rfind("startxref\n");
    input.replace(at, std::string::npos, "startxref\n9\n%%EOF\n");
    const auto stripped = stripPdfMetadata(bytesOf(input), "damaged.pdf");
    EXPECT_TRUE(stripped.removed.stripped);
    EXPECT_TRUE(stripped.removed.repaired);
    EXPECT_EQ(textOf(stripped.bytes).find("OldAuthorName"), std::string::npos);
    const std::string summary = app::intake::metadataSummary(stripped.removed.json());
    EXPECT_NE(summary.find("读取时已修复"), std::string::npos) << summary;
}

// A form field whose /Kids name itself: read once per object, so it ends at once.
TEST(PdfMetadata, AFieldThatLoopsIsReadOnce) {
    PdfMaking making;
    making.author = "OldAuthorName";
    making.loopingField = true;
    const auto stripped = stripPdfMetadata(bytesOf(makePdf(making)), "loop.pdf");
    EXPECT_TRUE(stripped.removed.stripped);
    EXPECT_EQ(textOf(stripped.bytes).find("OldAuthorName"), std::string::npos);
}

// An import reads the file where it lies, as qpdf asks for each part (never whole): the
// result is the very bytes and record that stripping it in memory gives, for a file that
// is stripped, one that is signed (kept as it came), one that is repaired, and one that is
// refused.
TEST(PdfMetadata, ReadFromAStreamItIsStrippedAsInMemory) {
    TempDir dir;
    const auto throughStream = [&dir](const std::string& input) {
        const std::string path = dir / "input.pdf";
        writeFile(path, input);
        const std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"),
                                                                   std::fclose);
        if (!file) {
            throw std::runtime_error("cannot open " + path);  // fails the test, never skips
        }
        return stripPdfMetadata(file.get(), "scan.pdf");
    };
    PdfMaking signedOne = fullOfMetadata();
    signedOne.signature = PdfMaking::Signature::Signed;
    std::string damaged = makePdf(fullOfMetadata());
    damaged.replace(damaged.rfind("startxref\n"), std::string::npos, "startxref\n9\n%%EOF\n");
    for (const std::string& input : {makePdf(fullOfMetadata()), makePdf(signedOne), damaged}) {
        const auto inMemory = stripPdfMetadata(bytesOf(input), "scan.pdf");
        const auto streamed = throughStream(input);
        EXPECT_EQ(streamed.bytes, inMemory.bytes);
        EXPECT_EQ(streamed.removed.json(), inMemory.removed.json());
    }
    EXPECT_EQ(textOf(throughStream(makePdf(signedOne)).bytes), makePdf(signedOne));
    try {
        throughStream("%PDF-1.4 certificate scan");
        ADD_FAILURE() << "a file that only claims to be a PDF was accepted";
    } catch (const app::AppError& e) {
        EXPECT_EQ(e.code(), "attachment_malformed");
        EXPECT_NE(std::string(e.what()).find("scan.pdf"), std::string::npos);
    }
}

TEST(PdfMetadata, WhatOnlyClaimsToBeAPdfIsRefused) {
    EXPECT_TRUE(looksLikePdf(bytesOf(makePdf())));
    EXPECT_TRUE(looksLikePdf(bytesOf(std::string(100, ' ') + "%PDF-1.7")));
    EXPECT_FALSE(looksLikePdf(bytesOf("\xFF\xD8\xFF\xE0 a JPEG")));
    EXPECT_FALSE(looksLikePdf(bytesOf(std::string(1100, ' ') + "%PDF-1.7")));
    for (const std::string& bad :
         {std::string("%PDF-1.4 certificate scan"), makePdf().substr(0, 200),
          std::string("%PDF-1.4\n") + std::string(5000, '\x01')}) {
        try {
            stripPdfMetadata(bytesOf(bad), "证书.pdf");
            ADD_FAILURE() << "accepted: " << bad.substr(0, 40);
        } catch (const app::AppError& e) {
            EXPECT_EQ(e.code(), "attachment_malformed");
            EXPECT_NE(std::string(e.what()).find("证书.pdf"), std::string::npos);
        }
    }
}

}  // namespace
}  // namespace baosong::test
