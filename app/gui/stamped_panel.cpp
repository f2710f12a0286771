#include "stamped_panel.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "submission_draft.h"
#include "words.h"

namespace baosong::gui {

namespace {
const QColor kGood(0x2e, 0x7d, 0x32);
const QColor kMissing(0xb0, 0x00, 0x20);

// The finding the check made about a row's scan, if any: why it is missing or refused.
const policy::Finding* findingFor(const policy::CheckReport& report,
                                  const app::StampedDocumentState& d) {
    for (const policy::Finding& f : report.findings) {
        if (!f.code.starts_with("STAMPED_")) {
            continue;
        }
        const bool form = d.target.document == app::StampedTarget::Document::Form;
        if (form ? (f.candidate == d.target.candidate && f.field == "stamped_form")
                 : (!f.candidate &&
                    f.field == (d.target.document == app::StampedTarget::Document::Summary
                                    ? "stamped.summary"
                                    : "stamped.report"))) {
            return &f;
        }
    }
    return nullptr;
}
}  // namespace

StampedPanel::StampedPanel(SubmissionDraft& draft, QWidget* parent)
    : QGroupBox(tr("电子版 Word 及盖章版 PDF（各一套）"), parent), draft_(draft) {
    setObjectName(QStringLiteral("stampedPanel"));
    setAcceptDrops(true);
    list_ = new QTreeWidget(this);
    list_->setObjectName(QStringLiteral("stampedDocuments"));
    list_->setAccessibleName(tr("材料及其盖章版"));
    list_->setHeaderLabels({tr("材料"), tr("Word"), tr("盖章版 PDF")});
    list_->setRootIsDecorated(false);
    list_->setMaximumHeight(150);
    list_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* choose = new QPushButton(tr("导入所选材料的盖章版 PDF…"), this);
    choose->setObjectName(QStringLiteral("chooseStamped"));
    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("stampedSummary"));
    summary_->setWordWrap(true);
    problem_ = new QLabel(this);
    problem_->setObjectName(QStringLiteral("stampedRefusal"));
    problem_->setWordWrap(true);
    problem_->setStyleSheet(QStringLiteral("color: #b00020"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(choose);
    buttons->addWidget(summary_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("打印各材料，由候选人签名、单位盖章后扫描为 PDF，在此导入（可把文件拖到对应行上）。"),
        this));
    layout->addWidget(list_);
    layout->addLayout(buttons);
    layout->addWidget(problem_);
    connect(choose, &QPushButton::clicked, this, &StampedPanel::chooseScan);
    connect(list_, &QTreeWidget::itemActivated, this, &StampedPanel::chooseScan);
    connect(&draft_, &SubmissionDraft::changed, this, &StampedPanel::refresh);
    connect(&draft_, &SubmissionDraft::checked, this, &StampedPanel::refresh);
    connect(&draft_, &SubmissionDraft::reloaded, this, &StampedPanel::refresh);
    refresh();
}

void StampedPanel::refresh() {
    const int current = list_->currentIndex().row();
    documents_ = app::stampedDocuments(draft_.submission());
    list_->clear();
    int stamped = 0;
    for (const app::StampedDocumentState& d : documents_) {
        QString name;
        switch (d.target.document) {
            case app::StampedTarget::Document::Form: {
                const std::string& person = draft_.submission().candidates[d.target.candidate].name;
                name = tr("推荐表：%1")
                           .arg(person.empty() ? tr("第 %1 名").arg(d.target.candidate + 1)
                                               : QString::fromStdString(person));
                break;
            }
            case app::StampedTarget::Document::Summary:
                name = tr("汇总表");
                break;
            case app::StampedTarget::Document::Report:
                name = tr("推荐工作情况报告");
                break;
        }
        auto* row = new QTreeWidgetItem(list_);
        row->setText(0, name);
        // The Word file is made by baosong from the form, at `documents` and at the seal.
        row->setText(1, tr("✓ 自动生成"));
        row->setToolTip(1, QString::fromStdString(d.wordFile));
        row->setForeground(1, kGood);
        const policy::Finding* finding = findingFor(draft_.report(), d);
        if (!d.stampedPath.empty() && finding == nullptr) {
            row->setText(2, tr("✓ 已导入"));
            row->setToolTip(2, QString::fromStdString(d.stampedPath));
            row->setForeground(2, kGood);
            ++stamped;
        } else {
            QString state = tr("✗ 有问题：见提示");
            if (d.stampedPath.empty()) {
                state = tr("✗ 缺少：请导入扫描件");
            } else if (finding != nullptr && finding->code == "STAMPED_STALE") {
                state = tr("✗ 导入后内容有改动：请重新打印盖章扫描");
            }
            row->setText(2, state);
            row->setForeground(2, kMissing);
            if (finding != nullptr) {
                row->setToolTip(2, saidIn(*finding));
            }
        }
    }
    const int total = static_cast<int>(documents_.size());
    summary_->setText(
        stamped == total
            ? tr("<b style='color:#2e7d32'>盖章版齐全（%1 份）</b>").arg(total)
            : tr("<b style='color:#b00020'>盖章版 %1 / %2 份</b>").arg(stamped).arg(total));
    if (current >= 0 && current < list_->topLevelItemCount()) {
        list_->setCurrentItem(list_->topLevelItem(current));
    }
}

void StampedPanel::chooseScan() {
    const int row = list_->currentIndex().row();
    if (row < 0) {
        problem_->setText(tr("请先在列表中选择一份材料。"));
        return;
    }
    const QString file = QFileDialog::getOpenFileName(this, tr("导入盖章版 PDF"), QString(),
                                                      tr("PDF 文件 (*.pdf *.PDF)"));
    if (!file.isEmpty()) {
        addScan(row, file);
    }
}

bool StampedPanel::addScan(int row, const QString& file) {
    problem_->clear();
    if (row < 0 || row >= static_cast<int>(documents_.size())) {
        return false;
    }
    const app::StampedTarget target = documents_[static_cast<std::size_t>(row)].target;
    QString problem;
    const std::optional<std::string> added = draft_.addChosenFile(
        file, problem,
        [&](std::vector<std::uint8_t> bytes, const std::string&) {
            policy::Submission named = draft_.submission();
            return app::placeStampedScan(named, target, std::move(bytes));
        },
        policy::FileReference::Kind::Stamped, this);
    if (!added) {
        problem_->setText(problem);
        return false;
    }
    draft_.edit([&](policy::Submission& s) { app::stampedPathOf(s, target) = *added; });
    list_->setCurrentItem(list_->topLevelItem(row));
    return true;
}

int StampedPanel::rowAt(const QPoint& panelPosition) const {
    const QPoint inView = list_->viewport()->mapFrom(this, panelPosition);
    const QModelIndex index = list_->indexAt(inView);
    return index.isValid() ? index.row() : -1;
}

void StampedPanel::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
    }
}

void StampedPanel::dragMoveEvent(QDragMoveEvent* event) {
    // Only a row takes a scan: the row under the pointer is the document it is a copy of.
    if (event->mimeData()->hasUrls() && rowAt(event->position().toPoint()) >= 0) {
        event->acceptProposedAction();
    } else {
        event->ignore();
    }
}

void StampedPanel::dropEvent(QDropEvent* event) {
    const int row = rowAt(event->position().toPoint());
    const QList<QUrl> urls = event->mimeData()->urls();
    if (row < 0 || urls.size() != 1 || !urls.front().isLocalFile()) {
        problem_->setText(tr("请把一份盖章版 PDF 拖到它所对应的那一行上。"));
        return;
    }
    addScan(row, urls.front().toLocalFile());
    event->acceptProposedAction();
}

}  // namespace baosong::gui
