#include "unlock_dialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include "background_task.h"
#include "base/app_error.h"
#include "core/actor.h"
#include "create_vault_dialog.h"
#include "error_text.h"
#include "passphrase_field.h"

namespace baosong::gui {

UnlockDialog::UnlockDialog(VaultRole role, const QString& path, QWidget* parent)
    : QDialog(parent), role_(role) {
    setWindowTitle(role == VaultRole::Unit ? tr("解锁保险库") : tr("解锁国防科工办保险库"));
    path_ = new QLineEdit(path, this);
    path_->setObjectName(QStringLiteral("vaultPath"));
    path_->setAccessibleName(tr("保险库文件"));
    browseButton_ = new QPushButton(tr("浏览…"), this);
    browseButton_->setAccessibleName(tr("选择保险库文件"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(path_, 1);
    pathRow->addWidget(browseButton_);

    passphrase_ = new PassphraseField(this);
    passphrase_->setObjectName(QStringLiteral("passphrase"));
    passphrase_->setAccessibleName(tr("保险库口令"));

    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("message"));
    message_->setWordWrap(true);
    progress_ = new QProgressBar(this);
    progress_->setRange(0, 0);
    progress_->setVisible(false);
    progress_->setAccessibleName(tr("密钥派生进度"));

    auto* form = new QFormLayout;
    auto* pathLabel = new QLabel(tr("保险库(&V)："), this);
    pathLabel->setBuddy(path_);
    form->addRow(pathLabel, pathRow);
    auto* passLabel = new QLabel(tr("口令(&P)："), this);
    passLabel->setBuddy(passphrase_);
    form->addRow(passLabel, passphrase_);

    auto* buttons = new QDialogButtonBox(this);
    unlockButton_ = buttons->addButton(tr("解锁"), QDialogButtonBox::AcceptRole);
    unlockButton_->setObjectName(QStringLiteral("unlock"));
    unlockButton_->setDefault(true);
    createButton_ = buttons->addButton(
        role == VaultRole::Unit ? tr("新建保险库…") : tr("新建国防科工办保险库…"),
        QDialogButtonBox::ActionRole);
    createButton_->setObjectName(QStringLiteral("create"));
    buttons->addButton(QDialogButtonBox::Cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(message_);
    layout->addWidget(progress_);
    layout->addWidget(buttons);

    connect(browseButton_, &QPushButton::clicked, this, &UnlockDialog::chooseFile);
    connect(createButton_, &QPushButton::clicked, this, &UnlockDialog::createVault);
    connect(unlockButton_, &QPushButton::clicked, this, &UnlockDialog::unlock);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&tick_, &QTimer::timeout, this, [this] {
        message_->setText(tr("正在用 Argon2id 从口令派生密钥（有意放慢以抵御猜测）：%1 秒")
                              .arg(static_cast<double>(elapsed_.elapsed()) / 1000.0, 0, 'f', 1));
    });
    tick_.setInterval(100);
    resize(560, sizeHint().height());
    if (path.isEmpty()) {
        path_->setFocus();
    } else {
        passphrase_->setFocus();
    }
}

void UnlockDialog::setMessage(const QString& message) {
    message_->setStyleSheet(QString());
    message_->setText(message);
}

std::optional<app::OpenedVault> UnlockDialog::takeVault() {
    return std::move(opened_);
}

void UnlockDialog::chooseFile() {
    const QString file = QFileDialog::getOpenFileName(this, tr("选择保险库"), path_->text(),
                                                      tr("baosong 保险库 (*.bsv);;所有文件 (*)"));
    if (!file.isEmpty()) {
        path_->setText(file);
        passphrase_->setFocus();
    }
}

void UnlockDialog::createVault() {
    CreateVaultDialog dialog(role_, this);
    if (dialog.exec() == QDialog::Accepted) {
        path_->setText(dialog.createdPath());
        setMessage(tr("保险库已建立。请输入刚才设定的口令解锁。"));
        passphrase_->setFocus();
    }
}

void UnlockDialog::setBusy(bool busy) {
    path_->setEnabled(!busy);
    passphrase_->setEnabled(!busy);
    unlockButton_->setEnabled(!busy);
    createButton_->setEnabled(!busy);
    browseButton_->setEnabled(!busy);
    progress_->setVisible(busy);
    if (busy) {
        elapsed_.start();
        tick_.start();
    } else {
        tick_.stop();
    }
}

void UnlockDialog::unlock() {
    const std::string path = path_->text().trimmed().toStdString();
    if (path.empty()) {
        message_->setStyleSheet(QStringLiteral("color: #b00020"));
        message_->setText(tr("请先选择保险库文件。"));
        path_->setFocus();
        return;
    }
    auto secret = std::make_shared<crypto::SecretBuffer>(passphrase_->takeSecret());
    setBusy(true);
    runInBackground<app::OpenedVault>(
        this,
        [path, secret, role = role_] {
            return app::openVault(
                path, [secret] { return std::move(*secret); }, app::Access::Change, role);
        },
        [this](app::OpenedVault opened) { finishUnlock(std::move(opened)); },
        [this](std::exception_ptr error) { failUnlock(error); });
}

void UnlockDialog::finishUnlock(app::OpenedVault opened) {
    setBusy(false);
    opened_.emplace(std::move(opened));
    accept();
}

void UnlockDialog::failUnlock(std::exception_ptr error) {
    setBusy(false);
    message_->setStyleSheet(QStringLiteral("color: #b00020"));
    const QString code = errorCode(error);
    if (code == QLatin1String("wrong_passphrase") || code == QLatin1String("passphrase_empty")) {
        message_->setText(tr("口令不正确，保险库未打开。请重新输入（注意大小写和输入法）。"));
        passphrase_->setFocus();
        return;
    }
    message_->setText(errorText(error));
    path_->setFocus();
}

}  // namespace baosong::gui
