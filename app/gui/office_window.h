#pragma once
// The office's window (cli.md `office open|summary`): open a unit's bundle and watch each
// check of bundle.md pass or fail in turn, see who was recommended and what the policy
// re-check found, list what was accepted, and export the combined 汇总表; and review every
// candidate and write the set for 内蒙古科协 (office_review_page.h). Verifying,
// opening and drawing the summary run off the GUI thread; the vault they use lives until
// that work ends, even when the window is locked away meanwhile.

#include <QMainWindow>
#include <QString>
#include <memory>
#include <optional>

#include "core/office_receive.h"
#include "core/vault_session.h"
#include "policy/submission.h"
#include "receive_step.h"

class QAction;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace baosong::gui {

class OfficeReviewPage;

class OfficeWindow : public QMainWindow {
    Q_OBJECT
  public:
    explicit OfficeWindow(app::OpenedVault opened, QWidget* parent = nullptr);
    ~OfficeWindow() override;

    // Verifies and opens bundlePath into outDir (made when missing), in the background;
    // the result shows in the window. Does nothing while other work runs.
    void openBundleFile(const QString& bundlePath, const QString& outDir);
    // Writes the combined 汇总表 (.xlsx or .docx) to path, in the background.
    void exportSummary(const QString& path);
    // Whether an open or an export is still running.
    bool busy() const { return busy_; }
    OfficeReviewPage* reviewPage() const { return reviewPage_; }
    // Where bundles are opened to unless the clerk chose another folder: 已接收 beside
    // the vault.
    QString receiveFolder() const { return receiveFolder_; }

  signals:
    void lockRequested();

  private:
    struct Received;

    void buildMenus();
    QWidget* buildReceivePage();
    QWidget* buildReceivedPage();
    void chooseBundle();
    void chooseReceiveFolder();
    void chooseSummaryFile();
    void setBusy(bool busy);
    void clearBundle();
    void showSteps(std::size_t passed, std::optional<ReceiveStep> failed, const QString& why);
    void showStepsFailedBy(std::exception_ptr error);
    void showReceived(const Received& received);
    void refreshReceivedList();

    std::shared_ptr<app::OpenedVault> opened_;
    QString receiveFolder_;
    bool busy_ = false;

    QTabWidget* tabs_;
    OfficeReviewPage* reviewPage_;
    QAction* openAction_;
    QAction* exportAction_;
    QPushButton* openButton_;
    QPushButton* folderButton_;
    QPushButton* exportButton_;
    QLabel* folderLabel_;
    QLabel* status_;
    QListWidget* steps_;
    QLabel* unit_;
    QLabel* revision_;
    QLabel* profile_ = nullptr;
    QLabel* sha256_;
    QLabel* folder_;
    QListWidget* notices_;
    QTableWidget* candidates_;
    QListWidget* recheck_;
    QTableWidget* received_;
    QLabel* summary_;
};

}  // namespace baosong::gui
