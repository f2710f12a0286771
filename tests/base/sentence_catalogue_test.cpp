#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "base/app_error.h"
#include "base/sentence_catalogue.h"
#include "base/text.h"
#include "policy/placeholders.h"

namespace baosong::app {
namespace {

std::multiset<std::string> namesIn(std::string_view words) {
    // The one reader of {name} templates tells which names a text asks for.
    std::multiset<std::string> names;
    policy::fillPlaceholders(words, [&](std::string_view name) -> std::optional<std::string> {
        names.insert(std::string(name));
        return std::nullopt;
    });
    return names;
}

bool hasHan(std::string_view text) {
    // U+4E00–U+9FFF are three bytes in UTF-8 with a lead byte of 0xE4–0xE9.
    return std::any_of(text.begin(), text.end(), [](char c) {
        const auto b = static_cast<unsigned char>(c);
        return b >= 0xE4 && b <= 0xE9;
    });
}

TEST(SentenceCatalogue, EveryEntryHasBothLanguagesWithTheSameValues) {
    ASSERT_GT(allSentences().size(), 300u);
    std::set<std::string_view> keys;
    for (const Sentence& s : allSentences()) {
        EXPECT_TRUE(keys.insert(s.key).second) << "key twice: " << s.key;
        EXPECT_TRUE(!s.key.empty() && s.key.front() >= 'a' && s.key.front() <= 'z' &&
                    s.key.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_.") ==
                        std::string_view::npos)
            << s.key;
        EXPECT_FALSE(s.chinese.empty()) << s.key;
        EXPECT_FALSE(s.english.empty()) << s.key;
        EXPECT_EQ(namesIn(s.chinese), namesIn(s.english)) << s.key;
        // English is English: a Chinese word left in it is an untranslated sentence. (Names
        // of the notice's own documents, such as 汇总表, are allowed where quoted.)
        if (!s.key.starts_with("help")) {
            EXPECT_FALSE(hasHan(s.english)) << s.key << ": " << s.english;
        }
    }
}

TEST(SentenceCatalogue, EveryLibraryCodeSaysTheLibrarysDetail) {
    int libraries = 0;
    for (const Sentence& s : allSentences()) {
        if (s.key.starts_with("crypto.") || s.key.starts_with("policy.")) {
            ++libraries;
            EXPECT_EQ(s.chinese, "{detail}") << s.key;
            EXPECT_TRUE(s.english.ends_with(": {detail}")) << s.key;
        }
    }
    EXPECT_GT(libraries, 30);
}

TEST(Text, FillsEachValueInTheReadersLanguage) {
    const Text text =
        Text("input_missing").with("what", Text("file_lexicon")).with("path", "a.txt");
    EXPECT_EQ(text.chinese(), "敏感词表“a.txt”不存在");
    EXPECT_EQ(text.english(), "the lexicon “a.txt” does not exist");
}

TEST(Text, SaysAListOnePerLine) {
    const Text text =
        Text("files_not_chosen")
            .withList("files", {Text("file_named").with("key", "photo").with("path", "a.jpg"),
                                Text("file_named").with("key", "life[0]").with("path", "b.jpg")});
    EXPECT_EQ(text.english(),
              "these photos or attachments are neither in the vault nor chosen again:\n"
              "  - photo: a.jpg\n  - life[0]: b.jpg");
}

TEST(Text, AValueSaidInBothLanguagesIsSaidInTheReadersOne) {
    const Text text =
        Text("refusal_policy_errors")
            .with("count", "1")
            .with("first", "出生年月格式不正确", "the birth month has the wrong form");
    EXPECT_EQ(text.chinese(), "政策检查有 1 个错误（第一个：出生年月格式不正确）");
    EXPECT_EQ(text.english(),
              "the policy check found errors: 1 (the first: the birth month has the wrong form)");
}

TEST(Text, AnUnknownKeyOrAMissingValueStaysVisible) {
    EXPECT_EQ(Text("no_such_sentence").with("path", "x").chinese(), "⟦no_such_sentence⟧ path=x");
    EXPECT_EQ(Text("input_missing").with("path", "a.txt").english(),
              "the {what} “a.txt” does not exist");
}

TEST(Text, ALibraryErrorKeepsItsOwnWords) {
    struct FakeError {
        std::string code() const { return "signature_invalid"; }
        const char* what() const { return "签名无效"; }
    };
    const Text text = libraryText("crypto", FakeError{});
    EXPECT_EQ(text.chinese(), "签名无效");
    EXPECT_EQ(text.english(),
              "the signature does not verify: the data or the signature changed: 签名无效");
}

TEST(AppError, WhatIsTheChineseSentenceAndInSaysEither) {
    const AppError e(ErrorKind::BadInput, "target_exists",
                     Text("target_exists").with("path", "out"));
    EXPECT_STREQ(e.what(), "“out”已存在，baosong 不会覆盖它；请换一个名字或先移走它");
    EXPECT_EQ(e.in(Language::English),
              "“out” already exists and baosong never overwrites it; choose another name or move "
              "it away");
    EXPECT_EQ(e.code(), "target_exists");
}

}  // namespace
}  // namespace baosong::app
