// Recall and precision of the attachment scan, and the character error rate of OCR, on the
// evaluation set of tests/data/attachment-eval (written apart from the rules, README.md
// there): each entry is made into its file here (document_maker.h), its words read as
// intake reads them (extract::FileReader) and scanned as the vault scans them
// (core/file_words.cpp: each piece with the built-in rules). dev.json holds the bar of
// scanner.md "Files"; holdout.json is reported, and only a collapse fails it.

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "extract/file_reader.h"
#include "policy/scan/scanner.h"
#include "policy/utf8_codec.h"
#include "support/document_maker.h"
#include "support/eval_score.h"

namespace baosong::test {
namespace {

using app::extract::ExtractedText;
using app::extract::FileReader;
using app::extract::ReadableFormat;
using nlohmann::json;

// Code points without white space: OCR puts spaces where the page had none.
std::u32string squeezed(const std::string& text) {
    std::u32string out;
    for (const char32_t c : policy::decodeUtf8(text)) {
        if (c != U' ' && c != U'\n' && c != U'\t' && c != U'\u3000') {
            out += c;
        }
    }
    return out;
}

std::size_t editDistance(const std::u32string& a, const std::u32string& b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) {
        row[j] = j;
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] =
                std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0U : 1U)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// Whether a flag's words and an expected item are the same place: they share a run of at
// least half the shorter one (and of two characters), so that an OCR slip beside the item
// or a flag a little wider than the marked span still counts.
bool samePlace(const std::string& flagged, const std::string& expected) {
    const std::u32string a = squeezed(flagged);
    const std::u32string b = squeezed(expected);
    const std::size_t need = std::max<std::size_t>(2, (std::min(a.size(), b.size()) + 1) / 2);
    for (std::size_t length = std::min(a.size(), b.size()); length >= need; --length) {
        for (std::size_t i = 0; i + length <= a.size(); ++i) {
            if (b.find(a.substr(i, length)) != std::u32string::npos) {
                return true;
            }
        }
    }
    return false;
}

struct Made {
    ReadableFormat format;
    std::vector<std::uint8_t> bytes;
    std::string name;
    std::string truth;  // every word the file shows, for the error rate of OCR
};

Made make(const json& entry) {
    const std::string kind = entry.at("kind");
    const auto bytesOf = [](const std::string& s) {
        return std::vector<std::uint8_t>(s.begin(), s.end());
    };
    std::string truth;
    if (kind == "pdf_text" || kind == "pdf_scan") {
        const auto pages = entry.at("pages").get<std::vector<std::string>>();
        for (const std::string& page : pages) {
            truth += page;
        }
        return {ReadableFormat::Pdf,
                bytesOf(kind == "pdf_text" ? textPdf(pages) : scannedPdf(pages)), kind + ".pdf",
                truth};
    }
    if (kind == "photo") {
        Picture picture;
        picture.width = entry.at("width");
        picture.height = entry.at("height");
        for (const json& w : entry.at("words")) {
            picture.words.push_back({w.at("text"), w.at("x"), w.at("y"), w.at("size"),
                                     w.at("vertical"), w.at("angle")});
            truth += w.at("text").get<std::string>();
        }
        const bool png = entry.at("format") == "png";
        return {ReadableFormat::Image, png ? picturePng(picture) : pictureJpeg(picture),
                png ? "photo.png" : "photo.jpg", truth};
    }
    OfficeMaking office;
    office.paragraphs = entry.at("paragraphs").get<std::vector<std::string>>();
    office.comment = entry.value("comment", "");
    if (kind == "docx") {
        office.tableCell = entry.value("table", "");
        office.header = entry.value("header", "");
        return {ReadableFormat::Office, makeDocx(office), "a.docx", truth};
    }
    EXPECT_EQ(kind, "xlsx") << entry.at("id");
    return {ReadableFormat::Office, makeXlsx(office), "a.xlsx", truth};
}

// OCR's character error rate: edits (Levenshtein, over code points, white space left out)
// to the words drawn, over their number.
struct Ocr {
    std::size_t edits = 0;
    std::size_t characters = 0;
    double rate() const { return characters == 0 ? 1.0 : double(edits) / double(characters); }
};

struct Score : EvalScore {
    int read = 0;  // items whose words were read whole: the reading alone, before the rules
    Ocr scanned;   // pages of PDFs without a text layer
    Ocr photos;
    double readRate() const { return expected == 0 ? 1.0 : double(read) / expected; }
};

Score evaluate(const std::string& file) {
    std::ifstream in(std::string(BAOSONG_TEST_DATA) + "/attachment-eval/" + file);
    std::stringstream text;
    text << in.rdbuf();
    const json doc = json::parse(text.str());
    EXPECT_EQ(doc.at("format"), "baosong.attachment-eval/1");
    static const policy::Scanner scanner;
    static FileReader reader;
    Score score;
    for (const json& entry : doc.at("attachments")) {
        const std::string id = entry.at("id");
        const Made made = make(entry);
        const ExtractedText words = reader.read(made.format, made.bytes, made.name);
        std::string read;
        bool ocr = false;
        std::vector<policy::ScanFlag> flags;
        for (const auto& piece : words.pieces) {
            read += piece.text;
            ocr = ocr || piece.ocr;
            for (policy::ScanFlag& flag : scanner.scanText(piece.text)) {
                flags.push_back(std::move(flag));
            }
        }
        if (ocr) {
            const std::u32string truth = squeezed(made.truth);
            // A photo is read more than once, the readings a blank line apart (image_text.cpp):
            // the error rate is the best reading's.
            std::size_t edits = truth.size();
            std::size_t from = 0;
            while (from <= read.size()) {
                const std::size_t end = std::min(read.find("\n\n", from), read.size());
                edits =
                    std::min(edits, editDistance(truth, squeezed(read.substr(from, end - from))));
                from = end + 2;
            }
            Ocr& rate = made.format == ReadableFormat::Pdf ? score.scanned : score.photos;
            rate.edits += edits;
            rate.characters += truth.size();
        }
        const json& expect = entry.at("expect");
        const std::u32string readWords = squeezed(read);
        for (const json& e : expect) {
            const bool wordsRead = readWords.find(squeezed(e.at("match"))) != std::u32string::npos;
            score.read += wordsRead ? 1 : 0;
            score.item(std::any_of(flags.begin(), flags.end(),
                                   [&](const auto& f) {
                                       return f.category == e.at("category") &&
                                              samePlace(f.text, e.at("match"));
                                   }),
                       id + " " + e.at("category").get<std::string>() + " “" +
                           e.at("match").get<std::string>() + "”" +
                           (wordsRead ? "" : " (its words were not read)"));
        }
        for (const auto& f : flags) {
            score.flag(std::any_of(expect.begin(), expect.end(),
                                   [&](const json& e) { return samePlace(f.text, e.at("match")); }),
                       id + " " + f.rule + " “" + f.text + "”");
        }
    }
    std::ostringstream readRate;
    readRate << "; items whose words were read whole " << score.readRate();
    std::cout << file << ": " << score.figures(readRate.str())
              << ", OCR character error rate on scanned pages " << score.scanned.rate() << " ("
              << score.scanned.edits << "/" << score.scanned.characters << "), on photos "
              << score.photos.rate() << " (" << score.photos.edits << "/" << score.photos.characters
              << ")\n"
              << score.lists();
    return score;
}

TEST(AttachmentEvaluation, DevSetMeetsTheBar) {
    const Score score = evaluate("dev.json");
    EXPECT_GE(score.expected, 30);
    EXPECT_GE(score.recall(), 0.9);
    EXPECT_GE(score.readRate(), 0.9);
    EXPECT_GE(score.precision(), 0.7);
    EXPECT_LE(score.scanned.rate(), 0.05);
    EXPECT_LE(score.photos.rate(), 0.15);
}

TEST(AttachmentEvaluation, HoldoutSetIsReported) {
    const Score score = evaluate("holdout.json");
    // Reported in the issue note; only a collapse fails here.
    EXPECT_GE(score.expected, 20);
    EXPECT_GE(score.recall(), 0.5);
    EXPECT_GE(score.precision(), 0.5);
    EXPECT_LE(score.scanned.rate(), 0.3);
    EXPECT_LE(score.photos.rate(), 0.5);
}

}  // namespace
}  // namespace baosong::test
