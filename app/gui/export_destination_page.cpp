#include "export_destination_page.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStorageInfo>
#include <QVBoxLayout>

#include "export_wizard.h"

namespace baosong::gui {

namespace {
QString folderOf(const QLineEdit* edit) {
    return QDir::fromNativeSeparators(edit->text().trimmed());
}
}  // namespace

ExportDestinationPage::ExportDestinationPage(ExportWizard& wizard) : owner_(wizard) {
    setTitle(tr("保存位置"));
    setSubTitle(tr("选择写出报送包的文件夹，例如要带到国防科工办的 U 盘。"));
    // After this page the seal starts; Back is off until it has failed.
    setCommitPage(true);

    folder_ = new QLineEdit(this);
    folder_->setObjectName(QStringLiteral("destination"));
    folder_->setAccessibleName(tr("报送包的保存文件夹"));
    folder_->setPlaceholderText(tr("选择一个文件夹"));
    browseButton_ = new QPushButton(tr("浏览…"), this);
    browseButton_->setObjectName(QStringLiteral("browseDestination"));
    browseButton_->setAccessibleName(tr("选择保存文件夹"));
    space_ = new QLabel(this);
    space_->setObjectName(QStringLiteral("space"));
    space_->setAccessibleName(tr("可用空间"));
    space_->setWordWrap(true);
    problem_ = new QLabel(this);
    problem_->setObjectName(QStringLiteral("destinationProblem"));
    problem_->setAccessibleName(tr("不能保存的原因"));
    problem_->setWordWrap(true);
    problem_->setStyleSheet(QStringLiteral("color: #b00020"));

    auto* label = new QLabel(tr("文件夹(&D)："), this);
    label->setBuddy(folder_);
    auto* row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(folder_, 1);
    row->addWidget(browseButton_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(space_);
    layout->addWidget(problem_);
    layout->addStretch(1);

    registerField(QStringLiteral("destination"), folder_);
    connect(folder_, &QLineEdit::textChanged, this, &ExportDestinationPage::refresh);
    connect(browseButton_, &QPushButton::clicked, this, &ExportDestinationPage::chooseFolder);
    poll_.setInterval(1000);
    connect(&poll_, &QTimer::timeout, this, &ExportDestinationPage::refresh);
    // Shown again after a failed seal too, which does not initialize the page.
    connect(&owner_, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == ExportWizard::DestinationPage) {
            refresh();
            poll_.start();
        } else {
            poll_.stop();
        }
    });
}

void ExportDestinationPage::initializePage() {
    refresh();
}

QString ExportDestinationPage::problem() const {
    const QString folder = folderOf(folder_);
    if (folder.isEmpty()) {
        return tr("请选择保存报送包的文件夹。");
    }
    const QFileInfo info(folder);
    if (!info.exists()) {
        return tr("文件夹“%1”不存在。").arg(QDir::toNativeSeparators(folder));
    }
    if (!info.isDir()) {
        return tr("“%1”不是文件夹。").arg(QDir::toNativeSeparators(folder));
    }
    if (!info.isWritable()) {
        return tr("文件夹“%1”不可写（只读介质或没有权限）。").arg(QDir::toNativeSeparators(folder));
    }
    if (owner_.plan()) {
        const QStorageInfo storage(folder);
        const qint64 needed = static_cast<qint64>(owner_.plan()->roomNeeded);
        if (storage.isValid() && storage.bytesAvailable() < needed) {
            const QLocale locale;
            return tr("剩余空间 %1，报送包约需 %2；请换一个位置或腾出空间。")
                .arg(locale.formattedDataSize(storage.bytesAvailable()),
                     locale.formattedDataSize(needed));
        }
    }
    return {};
}

bool ExportDestinationPage::isComplete() const {
    return !owner_.busy() && owner_.plan() && problem().isEmpty();
}

void ExportDestinationPage::chooseFolder() {
    const QString folder = folderOf(folder_);
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("保存报送包到"), folder.isEmpty() ? QDir::homePath() : folder);
    if (!dir.isEmpty()) {
        folder_->setText(QDir::toNativeSeparators(dir));
    }
}

void ExportDestinationPage::refresh() {
    const QString folder = folderOf(folder_);
    const QLocale locale;
    QString space;
    if (owner_.plan()) {
        space = tr("导出内容共 %1，报送包约需 %2。")
                    .arg(locale.formattedDataSize(static_cast<qint64>(owner_.plan()->totalBytes)),
                         locale.formattedDataSize(static_cast<qint64>(owner_.plan()->roomNeeded)));
    }
    if (!folder.isEmpty() && QFileInfo(folder).isDir()) {
        const QStorageInfo storage(folder);
        if (storage.isValid()) {
            space += QLatin1Char(' ') +
                     tr("该位置剩余 %1。").arg(locale.formattedDataSize(storage.bytesAvailable()));
        }
    }
    space_->setText(space);
    problem_->setText(problem());
    emit completeChanged();
}

}  // namespace baosong::gui
