#pragma once
// The submission at a glance: unit, channel, the days left to the deadline,
// the candidates, and the notice's conditions: quota n / 3, youth (满足/不满足/待确认),
// open policy errors, open scanner flags, where the security review stands, and each
// document's Word and stamped PDF (stamped_panel.h).

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace baosong::gui {

class StampedPanel;
class SubmissionDraft;

class OverviewPage : public QWidget {
    Q_OBJECT
  public:
    OverviewPage(SubmissionDraft& draft, QWidget* parent = nullptr);
    // Counts the review cannot take from the draft: open flags, unapproved items, sign-off.
    void setReviewState(int openFlags, int unapprovedItems, bool signedOff,
                        const QString& voidedSignOff);
    // Takes the office's quota grant file (FILE.minisig beside it) into the draft once its
    // signature verifies with the office key the vault imported; false, with the reason
    // shown, when refused. Public for the keyboard path and tests.
    bool importGrant(const QString& file);
    // Imports a rule-set update the office signed (FILE.minisig beside it) into the vault;
    // false, with the reason shown, when refused.
    bool importRules(const QString& file);

  signals:
    void candidateChosen(int index);
    void addCandidate();
    void removeCandidate(int index);

  private:
    void refresh();
    SubmissionDraft& draft_;
    QLabel* unit_;
    QLabel* channel_;
    QLabel* deadline_;
    QLabel* quota_;
    QLabel* youth_;
    QLabel* errors_;
    QLabel* flags_;
    QLabel* review_;
    QListWidget* candidates_;
    QPushButton* add_;
    QPushButton* remove_;
    QLabel* grantProblem_;
    QLabel* rulesProblem_;
    StampedPanel* stamped_;
};

}  // namespace baosong::gui
