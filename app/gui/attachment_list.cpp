#include "attachment_list.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QVBoxLayout>

#include "chosen_file.h"
#include "core/form_files.h"
#include "error_text.h"
#include "submission_draft.h"

namespace baosong::gui {

AttachmentList::AttachmentList(SubmissionDraft& draft, QWidget* parent)
    : QWidget(parent), draft_(draft) {
    setAcceptDrops(true);
    list_ = new QListWidget(this);
    list_->setObjectName(QStringLiteral("attachmentList"));
    list_->setAccessibleName(tr("附件"));
    list_->setMaximumHeight(110);
    auto* add = new QPushButton(tr("添加附件…"), this);
    add->setObjectName(QStringLiteral("addAttachment"));
    auto* remove = new QPushButton(tr("移除所选附件"), this);
    remove->setObjectName(QStringLiteral("removeAttachment"));
    problem_ = new QLabel(this);
    problem_->setObjectName(QStringLiteral("attachmentRefusal"));
    problem_->setWordWrap(true);
    problem_->setStyleSheet(QStringLiteral("color: #b00020"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(list_);
    layout->addLayout(buttons);
    layout->addWidget(problem_);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("添加附件"));
        if (!file.isEmpty()) {
            addAttachment(file);
        }
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = list_->currentRow();
        if (row < 0 || candidate_ < 0) {
            return;
        }
        const auto index = static_cast<std::size_t>(candidate_);
        draft_.edit([&](policy::Submission& s) {
            auto& a = s.candidates.at(index).attachments;
            a.erase(a.begin() + row);
        });
        refresh();
    });
}

void AttachmentList::showCandidate(int index) {
    candidate_ = index;
    problem_->clear();
    refresh();
}

void AttachmentList::refresh() {
    list_->clear();
    if (candidate_ < 0 ||
        static_cast<std::size_t>(candidate_) >= draft_.submission().candidates.size()) {
        return;
    }
    for (const std::string& path :
         draft_.submission().candidates[static_cast<std::size_t>(candidate_)].attachments) {
        list_->addItem(QString::fromStdString(path).section(QLatin1Char('/'), -1));
    }
}

bool AttachmentList::addAttachment(const QString& file) {
    problem_->clear();
    if (candidate_ < 0) {
        return false;
    }
    QString problem;
    const std::optional<std::string> added = draft_.addChosenFile(
        file, problem, app::chosenAttachment, policy::FileReference::Kind::Attachment, this);
    if (!added) {
        problem_->setText(problem);
        return false;
    }
    const std::string& path = *added;
    const auto index = static_cast<std::size_t>(candidate_);
    draft_.edit([&](policy::Submission& s) {
        auto& a = s.candidates.at(index).attachments;
        if (std::find(a.begin(), a.end(), path) == a.end()) {
            a.push_back(path);
        }
    });
    refresh();
    return true;
}

void AttachmentList::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
    }
}

void AttachmentList::dropEvent(QDropEvent* event) {
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            addAttachment(url.toLocalFile());
        }
    }
    event->acceptProposedAction();
}

}  // namespace baosong::gui
