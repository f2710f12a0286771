#include "policy/submission_checker.h"

#include <gtest/gtest.h>

#include "checker_fixture.h"
#include "policy/chinese_text.h"

namespace baosong::policy {
namespace {

class Checker : public ::testing::Test, protected test::CheckerFixture {};

TEST_F(Checker, SpecExampleIsClean) {
    const auto report = check();
    EXPECT_TRUE(report.ok());
    for (const auto& f : report.findings) {
        ADD_FAILURE() << f.code << ": " << f.message;
    }
    EXPECT_EQ(report.rules, "nmg-zuimei-2023");
}

TEST_F(Checker, EveryMessageNamesItsSourceOrFix) {
    submission.candidates.clear();
    submission.report = "";
    submission.unit.id = "123";
    for (const auto& f : check().findings) {
        EXPECT_TRUE(contains(f.message, "见通知") || contains(f.message, "附件") ||
                    contains(f.message, "请"))
            << f.code << ": " << f.message;
    }
}

}  // namespace
}  // namespace baosong::policy
