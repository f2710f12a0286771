#pragma once
// The wizard's third step: whether the security reviewer's sign-off holds, i.e. signs
// exactly the files that would leave now (app::signOffHolds), and what it covers.

#include <QWizardPage>

class QLabel;

namespace baosong::gui {

class ExportWizard;

class ExportSignOffPage : public QWizardPage {
    Q_OBJECT
  public:
    explicit ExportSignOffPage(ExportWizard& wizard);
    void initializePage() override;
    bool isComplete() const override;

  private:
    ExportWizard& owner_;
    QLabel* state_;
    QLabel* coverage_;
};

}  // namespace baosong::gui
