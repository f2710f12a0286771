// Which check of receiving a bundle each error code belongs to: every code that
// office_receive.h and bundle_reader.h list has a step, in the order the code checks.

#include "gui/receive_step.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace baosong::test {
namespace {
using gui::ReceiveStep;
using gui::receiveStepFailedBy;

TEST(OfficeReceiveStep, EveryListedCodeBelongsToItsStep) {
    const std::pair<const char*, ReceiveStep> expected[] = {
        {"signature_missing", ReceiveStep::Signature},
        {"signature_malformed", ReceiveStep::Signature},
        {"trusted_comment_invalid", ReceiveStep::Signature},
        {"signature_other_bundle", ReceiveStep::Signature},
        {"unit_not_enrolled", ReceiveStep::Signer},
        {"signer_not_enrolled", ReceiveStep::Signer},
        {"bundle_altered", ReceiveStep::Intact},
        {"trusted_comment_altered", ReceiveStep::TrustedComment},
        {"recipient_other_office", ReceiveStep::Recipient},
        {"revision_stale", ReceiveStep::Revision},
        {"revision_conflict", ReceiveStep::Revision},
        {"already_received", ReceiveStep::Revision},
        {"target_exists", ReceiveStep::Target},
        {"decrypt_failed", ReceiveStep::Decrypt},
        {"manifest_mismatch", ReceiveStep::Bag},
        {"tagmanifest_mismatch", ReceiveStep::Bag},
        {"unit_signature_invalid", ReceiveStep::Bag},
        {"reviewer_signature_invalid", ReceiveStep::Bag},
        {"bag_info_mismatch", ReceiveStep::Bag},
        {"submission_label_mismatch", ReceiveStep::Bag},
    };
    for (const auto& [code, step] : expected) {
        const auto found = receiveStepFailedBy(QString::fromLatin1(code));
        ASSERT_TRUE(found.has_value()) << code;
        EXPECT_EQ(*found, step) << code;
    }
}

TEST(OfficeReceiveStep, CodesOfNoSingleStepHaveNone) {
    EXPECT_FALSE(receiveStepFailedBy(QStringLiteral("io_error")).has_value());
    EXPECT_FALSE(receiveStepFailedBy(QStringLiteral("disk_full")).has_value());
    EXPECT_FALSE(receiveStepFailedBy(QString()).has_value());
}

TEST(OfficeReceiveStep, StepsAreInCheckingOrderEachWithASentence) {
    const auto& steps = gui::kReceiveSteps;
    EXPECT_EQ(steps.front(), ReceiveStep::Signature);
    EXPECT_EQ(steps.back(), ReceiveStep::Policy);
    // minisign checks the file's signature before the trusted comment's.
    EXPECT_LT(std::find(steps.begin(), steps.end(), ReceiveStep::Intact),
              std::find(steps.begin(), steps.end(), ReceiveStep::TrustedComment));
    for (const ReceiveStep step : steps) {
        EXPECT_FALSE(gui::receiveStepSentence(step).isEmpty());
    }
}

}  // namespace
}  // namespace baosong::test
