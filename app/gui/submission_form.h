#pragma once
// What belongs to the submission rather than a candidate: the unit's contact person, the
// date and revision, and the 推荐工作情况报告 (scanned as it is typed, like every long text).

#include <QWidget>

class QLineEdit;
class QSpinBox;

namespace baosong::policy {
class Scanner;
}

namespace baosong::gui {

class LongTextEdit;
class SubmissionDraft;

class SubmissionForm : public QWidget {
    Q_OBJECT
  public:
    SubmissionForm(SubmissionDraft& draft, const policy::Scanner& scanner,
                   QWidget* parent = nullptr);
    bool focusField(const std::string& field);

  private:
    void load();
    SubmissionDraft& draft_;
    QLineEdit* contactName_;
    QLineEdit* contactPhone_;
    QLineEdit* contactEmail_;
    QLineEdit* date_;
    QSpinBox* revision_;
    LongTextEdit* report_;
    bool loading_ = false;
};

}  // namespace baosong::gui
