#pragma once
// The 推荐表 tab: choose the unit's part or a candidate, edit it, and beside it every
// finding of the policy engine; a finding activated opens its candidate at its field.

#include <QWidget>
#include <memory>
#include <optional>

class QComboBox;
class QPushButton;
class QStackedWidget;

namespace baosong::policy {
class Scanner;
}

namespace baosong::gui {

class CandidateForm;
class FindingsPanel;
class SubmissionDraft;
class SubmissionForm;

class CandidatePage : public QWidget {
    Q_OBJECT
  public:
    CandidatePage(SubmissionDraft& draft, const policy::Scanner& scanner,
                  QWidget* parent = nullptr);
    void showCandidate(int index);
    void jumpTo(std::optional<std::size_t> candidate, const std::string& field);
    CandidateForm* form() const { return form_; }
    FindingsPanel* findings() const { return findings_; }

  private:
    void refreshChooser();
    SubmissionDraft& draft_;
    QComboBox* chooser_;
    QPushButton* showAll_;
    QStackedWidget* stack_;
    SubmissionForm* submissionForm_;
    CandidateForm* form_;
    FindingsPanel* findings_;
};

}  // namespace baosong::gui
