// A submission's paths and a bag's names share one check that no path leads out of its
// folder; a bag adds its own rules on top ("%", NFC), never fewer.

#include "base/relative_path.h"

#include <gtest/gtest.h>

#include "bundle/bag_path.h"

namespace baosong::app {
namespace {

TEST(RelativePath, AcceptsNamesInsideTheFolder) {
    for (const char* good : {"photo.jpg", "照片/张卫东_证件照.jpg", "附件/a/𠮷野_证书.pdf",
                             "a/b/c/d.txt", "...jpg", "a..b"}) {
        EXPECT_EQ(relativePathProblem(good), std::nullopt) << good;
    }
}

TEST(RelativePath, RefusesEveryWayOut) {
    const std::string longPart(256, 'a');
    const std::pair<std::string, const char*> cases[] = {
        {"", "为空"},
        {"/etc/passwd", "绝对路径"},
        {"a/../../etc/passwd", "“..”"},
        {"./a.jpg", "“.”"},
        {"a//b.jpg", "空的路径段"},
        {"a/", "空的路径段"},
        {"a\\b.jpg", "反斜杠"},
        {std::string("a\x01.jpg"), "控制字符"},
        {std::string("a\x7f.jpg"), "控制字符"},
        {"a/" + longPart, "255 字节"},
    };
    for (const auto& [path, words] : cases) {
        const auto problem = relativePathProblem(path);
        ASSERT_TRUE(problem.has_value()) << path;
        EXPECT_NE(problem->chinese().find(words), std::string::npos)
            << path << ": " << problem->chinese();
        // What a submission may not name, a bag may not hold either.
        EXPECT_TRUE(bundle::bagPathProblem(path).has_value()) << path;
    }
    EXPECT_EQ(relativePathProblem(std::string(255, 'a')), std::nullopt);
}

TEST(RelativePath, ABagAsksMore) {
    EXPECT_EQ(relativePathProblem("data/50%.pdf"), std::nullopt);
    EXPECT_TRUE(bundle::bagPathProblem("data/50%.pdf").has_value());
    EXPECT_TRUE(bundle::bagPathProblem("data/Jose\xcc\x81.jpg").has_value());  // NFD
}

}  // namespace
}  // namespace baosong::app
