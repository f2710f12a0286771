#pragma once
// The wizard's last step: where the bundle, its signature and its README are, its size,
// its SHA-256 in groups of four to read aloud to the office over the telephone, and the
// commands that check it with minisign, age, tar and sha256sum alone (the README's).

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace baosong::gui {

class ExportWizard;

class ExportResultPage : public QWizardPage {
    Q_OBJECT
  public:
    explicit ExportResultPage(ExportWizard& wizard);
    void initializePage() override;

  private:
    ExportWizard& owner_;
    QLabel* bundlePath_;
    QLabel* fingerprint_;
    QLabel* size_;
    QLabel* signaturePath_;
    QLabel* readmePath_;
    QLabel* commandsIntro_;
    QPlainTextEdit* commands_;
    QPushButton* copyButton_;
};

}  // namespace baosong::gui
