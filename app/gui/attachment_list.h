#pragma once
// A candidate's attachments (scans of certificates, awards and the like): added from a
// file or by dropping one in, removed, each stored inside the vault on the next save under
// its own file name, so the bundle names it as the officer did.

#include <QWidget>

class QLabel;
class QListWidget;

namespace baosong::gui {

class SubmissionDraft;

class AttachmentList : public QWidget {
    Q_OBJECT
  public:
    AttachmentList(SubmissionDraft& draft, QWidget* parent = nullptr);
    void showCandidate(int index);
    // Returns false (the reason shown) when the file cannot be read or is too large.
    bool addAttachment(const QString& file);

  protected:
    void dragEnterEvent(class QDragEnterEvent* event) override;
    void dropEvent(class QDropEvent* event) override;

  private:
    void refresh();
    SubmissionDraft& draft_;
    int candidate_ = -1;
    QListWidget* list_;
    QLabel* problem_;
};

}  // namespace baosong::gui
