#pragma once
// "电子版Word及盖章版PDF各一套" (通知“三、(三)”) at a glance: one row per document the notice
// asks for (each candidate's 推荐表, the 汇总表, the 推荐工作情况报告), its Word file, which
// baosong makes, and its stamped scan, imported or missing with what to do. A scan comes in
// by file chooser or by dropping it on its row, through the draft like any chosen file.

#include <QGroupBox>

#include "core/stamped_scan.h"

class QLabel;
class QTreeWidget;

namespace baosong::gui {

class SubmissionDraft;

class StampedPanel : public QGroupBox {
    Q_OBJECT
  public:
    explicit StampedPanel(SubmissionDraft& draft, QWidget* parent = nullptr);

    // Takes file as the stamped scan of the document in row; false, with the reason shown
    // under the list, when it is refused (not a PDF, unreadable, too large). Public for the
    // keyboard path and tests.
    bool addScan(int row, const QString& file);

  protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

  private:
    void refresh();
    void chooseScan();
    int rowAt(const QPoint& panelPosition) const;

    SubmissionDraft& draft_;
    std::vector<app::StampedDocumentState> documents_;
    QTreeWidget* list_;
    QLabel* summary_;
    QLabel* problem_;
};

}  // namespace baosong::gui
