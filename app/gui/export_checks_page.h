#pragma once
// The wizard's first step: the policy check of the form and every reason the vault cannot
// be sealed now (app::sealRefusals), looked up off the GUI thread. Next stays off while
// any reason stands or the form has unsaved edits, since the seal takes the saved text.

#include <QWizardPage>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace baosong::gui {

class ExportWizard;

class ExportChecksPage : public QWizardPage {
    Q_OBJECT
  public:
    explicit ExportChecksPage(ExportWizard& wizard);
    void initializePage() override;
    bool isComplete() const override;

  private:
    void recheck();
    void showPolicyFindings();
    void showStatus();

    ExportWizard& owner_;
    QLabel* status_;
    QListWidget* findings_;
    QListWidget* refusals_;
    QProgressBar* progress_;
    QPushButton* recheckButton_;
    bool checking_ = false;
    QString failure_;
};

}  // namespace baosong::gui
