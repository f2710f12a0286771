#pragma once
// The wizard's fifth step: app::sealVault off the GUI thread, with a busy bar and the time
// so far (the seal reports no progress of its own). On success the wizard moves on to the
// result; on failure the page shows the error (nothing was written: sealVault leaves
// nothing behind) and offers to go back and choose another folder.

#include <QElapsedTimer>
#include <QTimer>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace baosong::gui {

class ExportWizard;

class ExportProgressPage : public QWizardPage {
    Q_OBJECT
  public:
    explicit ExportProgressPage(ExportWizard& wizard);
    void initializePage() override;
    bool isComplete() const override;

  private:
    void seal();
    void finishSealing();

    ExportWizard& owner_;
    QProgressBar* progress_;
    QLabel* status_;
    QLabel* error_;
    QPushButton* backButton_;
    QTimer tick_;
    QElapsedTimer elapsed_;
    bool sealing_ = false;
};

}  // namespace baosong::gui
