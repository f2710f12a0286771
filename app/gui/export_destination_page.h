#pragma once
// The wizard's fourth step: the folder the bundle goes to, checked before anything is
// written (as SecureDrop's export checks the device): it must exist, be writable and have
// room for the payload plus 10%. Next ("封装报送包") stays off and says why until it does.
// Looked at again every second while shown: a USB stick can be pulled or fill up.

#include <QTimer>
#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;

namespace baosong::gui {

class ExportWizard;

class ExportDestinationPage : public QWizardPage {
    Q_OBJECT
  public:
    explicit ExportDestinationPage(ExportWizard& wizard);
    void initializePage() override;
    bool isComplete() const override;
    // Why the folder cannot take the bundle, "" when it can.
    QString problem() const;

  private:
    void chooseFolder();
    void refresh();

    ExportWizard& owner_;
    QLineEdit* folder_;
    QPushButton* browseButton_;
    QLabel* space_;
    QLabel* problem_;
    QTimer poll_;
};

}  // namespace baosong::gui
