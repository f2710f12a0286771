#include "export_checks_page.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include "background_task.h"
#include "core/actor.h"
#include "error_text.h"
#include "export_wizard.h"
#include "seal_refusal_words.h"
#include "submission_draft.h"
#include "words.h"

namespace baosong::gui {

ExportChecksPage::ExportChecksPage(ExportWizard& wizard) : owner_(wizard) {
    setTitle(tr("检查"));
    setSubTitle(
        tr("封包前，政策检查不能有错误，保密审查须已完成并签署，国防科工办的公钥须已导入。"));

    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("checkStatus"));
    status_->setAccessibleName(tr("检查结果"));
    status_->setWordWrap(true);
    progress_ = new QProgressBar(this);
    progress_->setObjectName(QStringLiteral("checkProgress"));
    progress_->setAccessibleName(tr("检查进度"));
    progress_->setRange(0, 0);
    progress_->setVisible(false);

    auto* findingsLabel = new QLabel(tr("政策检查(&P)："), this);
    findings_ = new QListWidget(this);
    findings_->setObjectName(QStringLiteral("findings"));
    findings_->setAccessibleName(tr("政策检查结果"));
    findings_->setWordWrap(true);
    findingsLabel->setBuddy(findings_);

    auto* refusalsLabel = new QLabel(tr("不能封包的原因(&R)："), this);
    refusals_ = new QListWidget(this);
    refusals_->setObjectName(QStringLiteral("refusals"));
    refusals_->setAccessibleName(tr("不能封包的原因"));
    refusals_->setWordWrap(true);
    refusalsLabel->setBuddy(refusals_);

    recheckButton_ = new QPushButton(tr("重新检查(&C)"), this);
    recheckButton_->setObjectName(QStringLiteral("recheck"));
    recheckButton_->setAccessibleName(tr("重新检查"));
    connect(recheckButton_, &QPushButton::clicked, this, &ExportChecksPage::recheck);

    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(status_, 1);
    statusRow->addWidget(recheckButton_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(statusRow);
    layout->addWidget(progress_);
    layout->addWidget(findingsLabel);
    layout->addWidget(findings_, 1);
    layout->addWidget(refusalsLabel);
    layout->addWidget(refusals_, 1);
}

void ExportChecksPage::initializePage() {
    recheck();
}

bool ExportChecksPage::isComplete() const {
    return !checking_ && !owner_.busy() && owner_.plan() && owner_.plan()->refusals.empty() &&
           !owner_.draft().dirty();
}

void ExportChecksPage::recheck() {
    if (owner_.busy()) {
        return;
    }
    showPolicyFindings();
    checking_ = true;
    failure_.clear();
    owner_.setPlan(std::nullopt);
    refusals_->clear();
    progress_->setVisible(true);
    recheckButton_->setEnabled(false);
    showStatus();
    emit completeChanged();
    owner_.setBusy(true);  // after completeChanged, which would enable Back again
    app::Vault& vault = owner_.draft().vault();
    const auto finish = [this] {
        checking_ = false;
        progress_->setVisible(false);
        recheckButton_->setEnabled(true);
        owner_.setBusy(false);
        showStatus();
        emit completeChanged();
    };
    runInBackground<app::SealPlan>(
        this, [&vault] { return app::planSeal(vault, app::actorFor("officer")); },
        [this, finish](app::SealPlan plan) {
            if (plan.settled) {
                refusals_->addItem(tr("注意：%1").arg(words(*plan.settled)));
            }
            for (const app::SealRefusal& refusal : plan.refusals) {
                refusals_->addItem(words(guiRefusal(refusal)));
            }
            owner_.setPlan(std::move(plan));
            finish();
        },
        [this, finish](std::exception_ptr error) {
            failure_ = errorText(error);
            refusals_->addItem(failure_);
            finish();
        });
}

void ExportChecksPage::showPolicyFindings() {
    findings_->clear();
    for (const policy::Finding& f : owner_.draft().report().findings) {
        const QString text = saidIn(f);
        findings_->addItem(f.severity == policy::Severity::Error ? tr("错误：%1").arg(text)
                                                                 : tr("提示：%1").arg(text));
    }
    if (findings_->count() == 0) {
        findings_->addItem(tr("政策检查未发现问题。"));
    }
}

void ExportChecksPage::showStatus() {
    const bool dirty = owner_.draft().dirty();
    QString text;
    bool good = false;
    if (checking_) {
        text = tr("正在检查（要生成全部文件，可能需要几秒钟）…");
    } else if (!failure_.isEmpty()) {
        text = tr("无法检查保险库，不能封包。");
    } else if (owner_.plan() && !owner_.plan()->refusals.empty()) {
        text = tr("还有 %n 个问题，解决后才能封包。", nullptr,
                  static_cast<int>(owner_.plan()->refusals.size()));
    } else if (!dirty) {
        text = tr("检查通过，可以继续。");
        good = true;
    }
    if (dirty && !checking_) {
        text +=
            (text.isEmpty() ? QString() : QStringLiteral(" ")) +
            tr("表单有未保存的修改：封包只带走已保存的内容，请先关闭本向导并保存，再重新导出。");
    }
    status_->setStyleSheet(good || checking_ ? QString() : QStringLiteral("color: #b00020"));
    status_->setText(text);
}

}  // namespace baosong::gui
