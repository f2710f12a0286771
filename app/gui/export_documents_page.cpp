#include "export_documents_page.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include "background_task.h"
#include "core/actor.h"
#include "core/document_export.h"
#include "error_text.h"
#include "export_wizard.h"
#include "submission_draft.h"

namespace baosong::gui {

ExportDocumentsPage::ExportDocumentsPage(ExportWizard& wizard) : owner_(wizard) {
    setTitle(tr("文件"));
    setSubTitle(
        tr("报送包将带走下列文件。需要打印、签字盖章时，可先把它们写到一个文件夹（可选）。"));

    documents_ = new QListWidget(this);
    documents_->setObjectName(QStringLiteral("documents"));
    documents_->setAccessibleName(tr("报送包中的文件"));

    folder_ = new QLineEdit(this);
    folder_->setObjectName(QStringLiteral("documentsFolder"));
    folder_->setAccessibleName(tr("写出文件的文件夹"));
    folder_->setPlaceholderText(tr("选择一个文件夹"));
    browseButton_ = new QPushButton(tr("浏览…"), this);
    browseButton_->setObjectName(QStringLiteral("browseDocuments"));
    browseButton_->setAccessibleName(tr("选择写出文件的文件夹"));
    writeButton_ = new QPushButton(tr("写出文件供打印(&W)"), this);
    writeButton_->setObjectName(QStringLiteral("writeDocuments"));
    writeButton_->setAccessibleName(tr("写出文件供打印"));
    writeButton_->setEnabled(false);
    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("documentsMessage"));
    message_->setAccessibleName(tr("写出结果"));
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto* folderLabel = new QLabel(tr("写到(&F)："), this);
    folderLabel->setBuddy(folder_);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(folderLabel);
    folderRow->addWidget(folder_, 1);
    folderRow->addWidget(browseButton_);
    folderRow->addWidget(writeButton_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(documents_, 1);
    layout->addLayout(folderRow);
    layout->addWidget(message_);

    connect(folder_, &QLineEdit::textChanged, this, [this](const QString& text) {
        writeButton_->setEnabled(!writing_ && !text.trimmed().isEmpty());
    });
    connect(browseButton_, &QPushButton::clicked, this, &ExportDocumentsPage::chooseFolder);
    connect(writeButton_, &QPushButton::clicked, this, &ExportDocumentsPage::writeDocuments);
}

void ExportDocumentsPage::initializePage() {
    documents_->clear();
    message_->clear();
    if (!owner_.plan()) {
        return;
    }
    const QLocale locale;
    for (const app::SealPlan::File& f : owner_.plan()->documents()) {
        QString path = QString::fromStdString(f.path);
        path.remove(0, QStringLiteral("data/").size());
        documents_->addItem(
            tr("%1（%2）").arg(path, locale.formattedDataSize(static_cast<qint64>(f.size))));
    }
}

bool ExportDocumentsPage::isComplete() const {
    return !writing_ && !owner_.busy();
}

void ExportDocumentsPage::chooseFolder() {
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("写出文件到"), folder_->text().isEmpty() ? QDir::homePath() : folder_->text());
    if (!dir.isEmpty()) {
        folder_->setText(QDir::toNativeSeparators(dir));
    }
}

void ExportDocumentsPage::setWriting(bool writing) {
    writing_ = writing;
    folder_->setEnabled(!writing);
    browseButton_->setEnabled(!writing);
    writeButton_->setEnabled(!writing && !folder_->text().trimmed().isEmpty());
    // Busy after completeChanged, which would enable Back again; idle before it.
    if (writing) {
        emit completeChanged();
        owner_.setBusy(true);
    } else {
        owner_.setBusy(false);
        emit completeChanged();
    }
}

void ExportDocumentsPage::writeDocuments() {
    if (writing_ || owner_.busy()) {
        return;
    }
    const std::string out = QDir::fromNativeSeparators(folder_->text().trimmed()).toStdString();
    app::Vault& vault = owner_.draft().vault();
    message_->setStyleSheet(QString());
    message_->setText(tr("正在写出文件…"));
    setWriting(true);
    runInBackground<app::DocumentsWritten>(
        this, [&vault, out] { return app::writeDocuments(vault, out, app::actorFor("officer")); },
        [this](app::DocumentsWritten written) {
            setWriting(false);
            message_->setText(
                tr("已写出 %n 个文件到“%1”。", nullptr, static_cast<int>(written.files.size()))
                    .arg(QDir::toNativeSeparators(QString::fromStdString(written.folder))));
        },
        [this](std::exception_ptr error) {
            setWriting(false);
            message_->setStyleSheet(QStringLiteral("color: #b00020"));
            message_->setText(errorText(error));
        });
}

}  // namespace baosong::gui
