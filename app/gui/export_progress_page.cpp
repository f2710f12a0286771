#include "export_progress_page.h"

#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include "background_task.h"
#include "core/actor.h"
#include "error_text.h"
#include "export_wizard.h"
#include "seal_refusal_words.h"
#include "submission_draft.h"

namespace baosong::gui {

ExportProgressPage::ExportProgressPage(ExportWizard& wizard) : owner_(wizard) {
    setTitle(tr("封装"));
    setSubTitle(tr("正在打包、签名并加密给国防科工办。报送包只在完整写出后才出现在文件夹中。"));
    progress_ = new QProgressBar(this);
    progress_->setObjectName(QStringLiteral("sealProgress"));
    progress_->setAccessibleName(tr("封装进度"));
    progress_->setRange(0, 0);
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("sealStatus"));
    status_->setAccessibleName(tr("封装状态"));
    status_->setWordWrap(true);
    error_ = new QLabel(this);
    error_->setObjectName(QStringLiteral("sealError"));
    error_->setAccessibleName(tr("封装失败的原因"));
    error_->setWordWrap(true);
    error_->setStyleSheet(QStringLiteral("color: #b00020"));
    error_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    backButton_ = new QPushButton(tr("返回，换一个文件夹(&B)"), this);
    backButton_->setObjectName(QStringLiteral("backToDestination"));
    backButton_->setAccessibleName(tr("返回选择保存文件夹"));
    backButton_->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(progress_);
    layout->addWidget(status_);
    layout->addWidget(error_);
    layout->addWidget(backButton_, 0, Qt::AlignLeft);
    layout->addStretch(1);

    // The page before is a commit page, so QWizard offers no Back here; after a failure
    // this button is the way back.
    connect(backButton_, &QPushButton::clicked, this, [this] {
        if (!sealing_) {
            owner_.back();
        }
    });
    tick_.setInterval(200);
    connect(&tick_, &QTimer::timeout, this, [this] {
        status_->setText(tr("正在封装报送包：已用 %1 秒")
                             .arg(static_cast<double>(elapsed_.elapsed()) / 1000.0, 0, 'f', 1));
    });
}

void ExportProgressPage::initializePage() {
    seal();
}

bool ExportProgressPage::isComplete() const {
    return !sealing_ && owner_.sealed().has_value();
}

void ExportProgressPage::seal() {
    if (sealing_ || owner_.busy() || owner_.sealed()) {
        return;
    }
    const std::string out =
        QDir::fromNativeSeparators(field(QStringLiteral("destination")).toString().trimmed())
            .toStdString();
    sealing_ = true;
    error_->clear();
    backButton_->setVisible(false);
    progress_->setRange(0, 0);
    progress_->setVisible(true);
    status_->setText(tr("正在封装报送包…"));
    elapsed_.start();
    tick_.start();
    emit completeChanged();
    owner_.setBusy(true);  // after completeChanged, which would enable Back again
    app::Vault& vault = owner_.draft().vault();
    runInBackground<app::SealResult>(
        this,
        [&vault, out] { return app::sealVault(vault, out, app::actorFor("officer"), guiRefusal); },
        [this](app::SealResult result) {
            finishSealing();
            progress_->setRange(0, 1);
            progress_->setValue(1);
            status_->setText(tr("报送包已写出。"));
            owner_.setSealed(std::move(result));
            emit completeChanged();
            owner_.next();
        },
        [this](std::exception_ptr error) {
            finishSealing();
            progress_->setVisible(false);
            status_->setText(tr("封装失败，未写出任何文件。"));
            error_->setText(errorText(error));
            backButton_->setVisible(true);
            backButton_->setFocus();
            emit completeChanged();
        });
}

void ExportProgressPage::finishSealing() {
    sealing_ = false;
    tick_.stop();
    owner_.setBusy(false);
}

}  // namespace baosong::gui
