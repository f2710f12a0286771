// Findings have one JSON writer (policy.md "baosong check --json output") and one count
// of errors, used by check, seal, the office's re-check and the desktop app alike.

#include "policy/finding_json.h"

#include <gtest/gtest.h>

namespace baosong::policy {
namespace {

CheckReport sample() {
    return {"nmg-zuimei-2023",
            {{"DEADLINE_PASSED", Severity::Warning, std::nullopt, "", "已过截止日期", "too late"},
             {"FIELD_FORMAT", Severity::Error, 1, "birth", "出生年月格式不正确", "bad birth"},
             {"YOUTH_MISSING", Severity::Error, std::nullopt, "", "没有 45 岁以下的候选人",
              "no young candidate"}}};
}

TEST(FindingJson, WritesPolicyMdsKeysInOrder) {
    const auto doc = toJson(sample());
    EXPECT_EQ(doc.dump(),
              R"({"ok":false,"rules":"nmg-zuimei-2023","findings":[)"
              R"({"code":"DEADLINE_PASSED","severity":"warning","candidate":null,"field":null,)"
              R"("message":"已过截止日期","message_en":"too late"},)"
              R"({"code":"FIELD_FORMAT","severity":"error","candidate":1,"field":"birth",)"
              R"("message":"出生年月格式不正确","message_en":"bad birth"},)"
              R"({"code":"YOUTH_MISSING","severity":"error","candidate":null,"field":null,)"
              R"("message":"没有 45 岁以下的候选人","message_en":"no young candidate"}]})");
}

TEST(FindingJson, CountsErrorsAndNamesTheFirst) {
    const CheckReport report = sample();
    EXPECT_EQ(report.errorCount(), 2U);
    ASSERT_NE(report.firstError(), nullptr);
    EXPECT_EQ(report.firstError()->code, "FIELD_FORMAT");
    EXPECT_FALSE(report.ok());
    const CheckReport warningsOnly{"r", {sample().findings[0]}};
    EXPECT_EQ(warningsOnly.errorCount(), 0U);
    EXPECT_EQ(warningsOnly.firstError(), nullptr);
    EXPECT_TRUE(warningsOnly.ok());
    EXPECT_EQ(toJson(warningsOnly).at("ok"), true);
}

}  // namespace
}  // namespace baosong::policy
