#pragma once
// The unit's window: overview, the 推荐表 of each candidate, the security review, and the
// export wizard, all over one unlocked vault. Locking saves the draft, closes the vault
// (SQLCipher wipes its key) and drops the reviewer's key with the window.

#include <QMainWindow>
#include <memory>

#include "core/vault_session.h"

class QTabWidget;

namespace baosong::policy {
class Scanner;
}

namespace baosong::gui {

class CandidatePage;
class OverviewPage;
class ReviewPage;
class SubmissionDraft;

class UnitWindow : public QMainWindow {
    Q_OBJECT
  public:
    explicit UnitWindow(app::OpenedVault opened, QWidget* parent = nullptr);
    ~UnitWindow() override;
    // Saves unsaved edits (when they can be saved), then emits locked(). Returns the
    // sentence to show at the next unlock when the edits could not be saved.
    QString lock();
    SubmissionDraft& draft() { return *draft_; }
    CandidatePage* candidatePage() const { return candidates_; }
    OverviewPage* overviewPage() const { return overview_; }
    QTabWidget* tabs() const { return tabs_; }
    ReviewPage* reviewPage() const { return review_; }

  signals:
    void lockRequested();
    void autoLockChanged();

  protected:
    void closeEvent(QCloseEvent* event) override;

  private:
    void buildMenus();
    void save();
    void addCandidate();
    void removeCandidate(int index);
    void showCandidate(int index);
    void openExportWizard();
    void chooseAutoLock();
    void importOfficeKeys();
    void writeEnrolment();
    void changeTab(int index);

    app::OpenedVault opened_;
    std::unique_ptr<policy::Scanner> scanner_;
    std::unique_ptr<SubmissionDraft> draft_;
    QTabWidget* tabs_;
    OverviewPage* overview_;
    CandidatePage* candidates_;
    ReviewPage* review_ = nullptr;
};

}  // namespace baosong::gui
