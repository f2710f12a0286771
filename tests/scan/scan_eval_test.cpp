// Recall and precision of the built-in rules on the evaluation texts of
// tests/data/scan-eval (written apart from the rules, in the style of 主要事迹 and 感人故事).
// dev.json guards the scanner's quality bar (scanner.md); holdout.json was not used to tune the
// rules and is reported, not asserted, so it stays an honest estimate.

#include <gtest/gtest.h>

#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "policy/scan/scanner.h"
#include "policy/utf8_codec.h"
#include "support/eval_score.h"

namespace baosong::policy {
namespace {

using Score = test::EvalScore;

Score evaluate(const std::string& file) {
    std::ifstream in(std::string(BAOSONG_TEST_DATA) + "/scan-eval/" + file);
    std::stringstream text;
    text << in.rdbuf();
    const auto doc = nlohmann::json::parse(text.str());
    static const Scanner scanner;
    Score score;
    for (const auto& item : doc.at("texts")) {
        const std::string body = item.at("text");
        const auto flags = scanner.scanField(body);
        struct Span {
            std::size_t start, end;
            std::string category;
        };
        std::vector<Span> expected;
        for (const auto& e : item.at("expect")) {
            const std::string match = e.at("match");
            const std::size_t byte = body.find(match);
            const std::size_t start = countUtf8(body.substr(0, byte));
            expected.push_back({start, start + countUtf8(match), e.at("category")});
        }
        const auto overlaps = [](const Span& s, const ScanFlag& f) {
            return f.start < s.end && s.start < f.end;
        };
        const std::string id = item.at("id");
        for (const Span& s : expected) {
            score.item(std::any_of(flags.begin(), flags.end(),
                                   [&](const ScanFlag& f) {
                                       return f.category == s.category && overlaps(s, f);
                                   }),
                       id + " " + s.category);
        }
        for (const ScanFlag& f : flags) {
            score.flag(std::any_of(expected.begin(), expected.end(),
                                   [&](const Span& s) { return overlaps(s, f); }),
                       id + " " + f.rule + " “" + f.text + "”");
        }
    }
    std::cout << file << ": " << score.figures() << "\n" << score.lists();
    return score;
}

TEST(ScanEvaluationTest, DevSetMeetsTheQualityBar) {
    const Score score = evaluate("dev.json");
    EXPECT_GE(score.expected, 100);
    EXPECT_GE(score.recall(), 0.95);
    EXPECT_GE(score.precision(), 0.85);
}

TEST(ScanEvaluationTest, HoldoutSetIsReported) {
    const Score score = evaluate("holdout.json");
    // Reported in the issue note; only a collapse fails here.
    EXPECT_GE(score.recall(), 0.5);
    EXPECT_GE(score.precision(), 0.5);
}

}  // namespace
}  // namespace baosong::policy
