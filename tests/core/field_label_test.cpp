// The scanned fields and candidates as the form names them (core/field_label.h), in both
// languages, for the CLI and the review page alike.

#include "core/field_label.h"

#include <gtest/gtest.h>

namespace baosong::app {
namespace {

TEST(FieldLabel, EachFieldIsNamedAsTheFormNamesIt) {
    EXPECT_EQ(fieldLabel("deeds").chinese(), "主要事迹");
    EXPECT_EQ(fieldLabel("stories[0]").chinese(), "感人故事一");
    EXPECT_EQ(fieldLabel("stories[1]").chinese(), "感人故事二");
    EXPECT_EQ(fieldLabel("history[2].unit").chinese(), "学习工作经历第 3 行 工作单位");
    EXPECT_EQ(fieldLabel("history[0].work").chinese(), "学习工作经历第 1 行 从事工作");
    EXPECT_EQ(fieldLabel("honors.notes").chinese(), "荣誉情况");
    EXPECT_EQ(fieldLabel("report").chinese(), "推荐工作情况报告");
    EXPECT_EQ(fieldLabel("stories[0]").english(), "story 1");
    EXPECT_EQ(fieldLabel("deeds").english(), "main deeds");
}

TEST(FieldLabel, StoriesAreNumberedInOneStyle) {
    // The form's own labels use the same words (感人故事一, 感人故事二), never 故事2.
    EXPECT_EQ(storyLabel(0).chinese(), "感人故事一");
    EXPECT_EQ(storyLabel(1).chinese(), "感人故事二");
    EXPECT_EQ(storyLabel(2).chinese(), "感人故事三");
    EXPECT_EQ(storyLabel(4).chinese(), "感人故事（第 5 个）");
}

TEST(FieldLabel, AnUnknownPathIsShownAsItIs) {
    for (const char* path : {"photo", "stories[x]", "history[1].other", "stories[12345]", ""}) {
        EXPECT_EQ(fieldLabel(path).chinese(), path);
    }
}

TEST(FieldLabel, CandidatesGoByName) {
    policy::Submission s;
    s.candidates.resize(2);
    s.candidates[0].name = "额尔德尼·巴特尔";
    EXPECT_EQ(candidateLabel(s, 0).chinese(), "额尔德尼·巴特尔");
    EXPECT_EQ(candidateLabel(s, 1).chinese(), "第 2 名候选人");
    EXPECT_EQ(candidateLabel(s, 1).english(), "candidate no. 2");
    EXPECT_EQ(candidateLabel(s, 7).chinese(), "第 8 名候选人");  // not in the submission
}

}  // namespace
}  // namespace baosong::app
