#pragma once
// The checks of receiving a bundle (bundle.md, app/core/office_receive.h), in the order
// verifyBundle and openBundle make them, each as a sentence a clerk can follow. A failed
// receipt names only its error code; stepFailedBy says which check that code belongs to,
// so the window can show the checks before it as passed and those after it as not run.

#include <QString>
#include <array>
#include <optional>

namespace baosong::gui {

enum class ReceiveStep {
    Signature,       // the .minisig beside the bundle, readable and naming this bundle
    Signer,          // signed with the key enrolled for the unit it names
    Intact,          // the signature covers these bytes
    TrustedComment,  // unit, campaign, revision and recipient as signed
    Recipient,       // addressed to this office
    Revision,        // not stale, not conflicting, not received before
    Target,          // the receiving folder has no folder of that name yet
    Decrypt,         // age decryption with the office's identity
    Bag,             // BagIt manifests, unit and reviewer signatures, bag-info
    Policy,          // the policy re-check of data/submission.json (findings, not a throw)
};

inline constexpr std::array<ReceiveStep, 10> kReceiveSteps{
    ReceiveStep::Signature, ReceiveStep::Signer,   ReceiveStep::Intact, ReceiveStep::TrustedComment,
    ReceiveStep::Recipient, ReceiveStep::Revision, ReceiveStep::Target, ReceiveStep::Decrypt,
    ReceiveStep::Bag,       ReceiveStep::Policy};

// What the step establishes when it passes, in Chinese through tr().
QString receiveStepSentence(ReceiveStep step);

// The step an AppError code of verifyBundle/openBundle belongs to; none for a code that
// belongs to no single step (io_error, a database failure), which the window shows as a
// failure of the whole receipt.
std::optional<ReceiveStep> receiveStepFailedBy(const QString& code);

}  // namespace baosong::gui
