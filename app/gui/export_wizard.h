#pragma once
// 导出报送包 (cli.md `seal`, bundle.md): the desktop counterpart of `baosong seal`,
// one step a page: what still stands in the way, the documents that will leave (and a copy
// to print and stamp), whether the reviewer's sign-off covers them, where to write the
// bundle (checked for room before anything is written), the seal itself off the GUI
// thread, and the result with its SHA-256 to read aloud and the commands that check it
// with standard tools. While background work holds the vault, nothing can leave the page.

#include <QWizard>
#include <optional>

#include "core/bundle_seal.h"
#include "core/seal_plan.h"

namespace baosong::gui {

class SubmissionDraft;

class ExportWizard : public QWizard {
    Q_OBJECT
  public:
    enum PageId {
        ChecksPage,
        DocumentsPage,
        SignOffPage,
        DestinationPage,
        ProgressPage,
        ResultPage
    };

    ExportWizard(SubmissionDraft& draft, QWidget* parent = nullptr);

    SubmissionDraft& draft() { return draft_; }
    // Set by the checks page once it has looked; empty while it looks or when it failed.
    const std::optional<app::SealPlan>& plan() const { return plan_; }
    void setPlan(std::optional<app::SealPlan> plan) { plan_ = std::move(plan); }
    // Set by the progress page once the bundle is written.
    const std::optional<app::SealResult>& sealed() const { return sealed_; }
    void setSealed(app::SealResult result);

    // While a page's background work uses the vault, Back, Next, Finish and Cancel are off
    // and closing the window is ignored; the page says when it is done.
    bool busy() const { return busy_; }
    void setBusy(bool busy);
    void reject() override;

  signals:
    // The vault has recorded a new seal (and voided the sign-off): views of it are stale.
    void bundleSealed();

  private:
    SubmissionDraft& draft_;
    std::optional<app::SealPlan> plan_;
    std::optional<app::SealResult> sealed_;
    bool busy_ = false;
};

}  // namespace baosong::gui
