#pragma once
// Every finding of the policy engine for the draft, errors first, each naming candidate and
// field; activating one asks the window to show that field. A new candidate's findings its
// form does not show yet (shown_findings.h) are counted on one line, which shows them all.

#include <QListWidget>
#include <optional>
#include <string>

namespace baosong::gui {

class SubmissionDraft;

class FindingsPanel : public QListWidget {
    Q_OBJECT
  public:
    FindingsPanel(SubmissionDraft& draft, QWidget* parent = nullptr);

  signals:
    void jumpTo(std::optional<std::size_t> candidate, const std::string& field);

  private:
    void refresh();
    SubmissionDraft& draft_;
};

}  // namespace baosong::gui
