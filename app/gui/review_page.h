#pragma once
// The security review (保密审查; cli.md `review`): every scanner flag of the
// saved text decided with a written reason, every photo and attachment looked at in full
// and approved, and the exact export payload signed with the reviewer's own key. The
// reviewer's passphrase unseals that key here (Argon2id, off the GUI thread); the page
// holds it until the window locks. Until then everything is visible and nothing decidable.

#include <QWidget>
#include <optional>
#include <set>
#include <string>

#include "core/export_payload.h"
#include "core/review_workflow.h"
#include "crypto/minisign_secret_key.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace baosong::gui {

class PassphraseField;
class SubmissionDraft;

class ReviewPage : public QWidget {
    Q_OBJECT
  public:
    ReviewPage(SubmissionDraft& draft, QWidget* parent = nullptr);
    ~ReviewPage() override;

    // Reads the review from the vault again (flags of the saved text, items, decisions,
    // the payload and whether the sign-off holds) and emits reviewChanged.
    void refresh();
    // Emits reviewChanged again with what the last refresh found, for a page connected after
    // it (the overview shows the review's state from the start, not after a visit here).
    void announce();
    // Forgets the reviewer's key and which items were looked at (the window locks).
    void dropReviewerKey();
    bool reviewerUnlocked() const { return reviewerKey_.has_value(); }

  signals:
    // voidedSignOff: the sentence of a void sign-off (app::signOffStatusText), else empty.
    void reviewChanged(int openFlags, int unapprovedItems, bool signedOff,
                       const QString& voidedSignOff);
    // A redaction or removal changed the stored text: the draft must be read again.
    void textChanged();

  private:
    void unlockReviewer();
    void finishUnlock(app::ReviewerKey key);
    void failUnlock(std::exception_ptr error);
    void showFlag();
    void resolveCurrent();
    void viewCurrentItem();
    // Opens the file a flag was found in, at the flag's box (scanner.md "Files").
    void viewFlagInFile();
    void openViewer(const app::ReviewItem& item, const std::string& focusFlag);
    void approveCurrent();
    void signOff();
    void updateControls();
    void fillFlags();
    void fillItems();
    void fillPayload();
    void setMessage(const QString& text, bool problem);
    const app::FlagReview* currentFlag() const;
    const app::ReviewItem* currentItem() const;
    QString candidateName(const std::optional<int>& candidate) const;
    // "文件“附件/证书.pdf”第 2 页（文字识别）": where in a file a flag was found.
    static QString fileWhere(const policy::FlagLocation& at);

    SubmissionDraft& draft_;
    std::optional<app::ReviewerKey> reviewerKey_;
    app::ReviewState state_;
    std::optional<app::ExportPayload> payload_;
    bool signedOff_ = false;
    QString voidedSignOff_;  // the sentence of a void sign-off, else empty
    bool busy_ = false;
    bool nextOpenFlag_ = false;     // after a decision, select the next open flag
    int unlockAttempt_ = 0;         // raised on lock: an unlock finishing later is dropped
    std::set<std::string> viewed_;  // item ids (content hashes) opened in full by this reviewer

    PassphraseField* passphrase_;
    QPushButton* unlock_;
    QPushButton* lock_;
    QLabel* message_;
    QLabel* summary_;
    QTreeWidget* flags_;
    QLabel* context_;
    QComboBox* decision_;
    QLineEdit* replacement_;
    QLineEdit* note_;
    QPushButton* resolve_;
    QPushButton* viewInFile_;
    QTreeWidget* items_;
    QPushButton* view_;
    QPushButton* approve_;
    QTreeWidget* payloadList_;
    QLabel* signOffState_;
    QPushButton* signOff_;
};

}  // namespace baosong::gui
