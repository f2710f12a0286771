#pragma once
// The wizard's second step: the documents the bundle will carry (推荐表 per candidate,
// 汇总表, 推荐工作情况报告), and, if the officer wants them on paper to sign and stamp,
// the same files written to a folder (app::writeDocuments). Optional: Next is always on
// unless the writing is under way.

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace baosong::gui {

class ExportWizard;

class ExportDocumentsPage : public QWizardPage {
    Q_OBJECT
  public:
    explicit ExportDocumentsPage(ExportWizard& wizard);
    void initializePage() override;
    bool isComplete() const override;

  private:
    void chooseFolder();
    void writeDocuments();
    void setWriting(bool writing);

    ExportWizard& owner_;
    QListWidget* documents_;
    QLineEdit* folder_;
    QPushButton* browseButton_;
    QPushButton* writeButton_;
    QLabel* message_;
    bool writing_ = false;
};

}  // namespace baosong::gui
