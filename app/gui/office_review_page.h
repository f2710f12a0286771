#pragma once
// The office's review in its window (cli.md "The office's review", "The set for 内蒙古科协"):
// every candidate of each unit's latest revision with the 推荐单位意见 and decision, the
// warnings across units, an editor for the chosen candidate's opinion and decision, and
// the export of the set, which draws documents and so runs off the GUI thread. The same
// functions of app/core as `office candidates|opinion|decide|export`.

#include <QWidget>
#include <functional>
#include <memory>

#include "core/office_review.h"
#include "core/vault_session.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace baosong::gui {

class CandidatePapersDialog;

class OfficeReviewPage : public QWidget {
    Q_OBJECT
  public:
    OfficeReviewPage(std::shared_ptr<app::OpenedVault> opened, QWidget* parent = nullptr);

    // Reads the review again from the vault (after a bundle was opened, say).
    void refresh();
    // The candidate in row of the table; public for the keyboard path and tests.
    void select(int row);
    // Saves the opinion typed for the chosen candidate; false, with the reason shown, when
    // refused.
    bool saveOpinion();
    // Forwards or withholds the chosen candidate (withholding with the reason typed).
    bool decide(bool forward);
    // Opens, beside the window, the chosen candidate's 推荐表 (with the opinion so far) and
    // the unit's stamped scan; nullptr, with the reason shown, when they cannot be read.
    CandidatePapersDialog* showPapers();
    // Writes the set into folder, in the background; busy() until it is done.
    void exportSetTo(const QString& folder);
    bool busy() const { return busy_; }

  signals:
    void busyChanged(bool busy);

  private:
    void setBusy(bool busy);
    void showChosen();
    const app::ReviewedCandidate* chosen() const;
    // Runs action on the chosen candidate; its error is shown under the editor, else the
    // review is read again.
    bool onChosen(const std::function<void(const app::CandidateRef&)>& action);

    std::shared_ptr<app::OpenedVault> opened_;
    app::OfficeReview review_;
    int chosenRow_ = -1;
    bool busy_ = false;

    QTableWidget* table_;
    QLabel* warnings_;
    QLabel* who_;
    QLabel* recheck_;
    QPlainTextEdit* opinion_;
    QLineEdit* reason_;
    QPushButton* viewPapers_;
    QPushButton* saveOpinion_;
    QPushButton* forward_;
    QPushButton* withhold_;
    QPushButton* export_;
    QLabel* problem_;
    QLabel* result_;
};

}  // namespace baosong::gui
