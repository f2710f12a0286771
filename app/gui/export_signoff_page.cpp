#include "export_signoff_page.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include "export_wizard.h"

namespace baosong::gui {

ExportSignOffPage::ExportSignOffPage(ExportWizard& wizard) : owner_(wizard) {
    setTitle(tr("保密审查签署"));
    setSubTitle(tr("审查员的签署针对的是确切的导出内容：签署后任何改动都会使它失效。"));
    state_ = new QLabel(this);
    state_->setObjectName(QStringLiteral("signOffState"));
    state_->setAccessibleName(tr("签署状态"));
    state_->setWordWrap(true);
    coverage_ = new QLabel(this);
    coverage_->setObjectName(QStringLiteral("signOffCoverage"));
    coverage_->setAccessibleName(tr("签署涵盖的内容"));
    coverage_->setWordWrap(true);
    coverage_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(state_);
    layout->addWidget(coverage_);
    layout->addStretch(1);
}

void ExportSignOffPage::initializePage() {
    const auto& plan = owner_.plan();
    if (!plan) {
        state_->setText(tr("尚未检查。"));
        coverage_->clear();
        return;
    }
    if (plan->signOffHolds) {
        state_->setStyleSheet(QStringLiteral("color: #2e7d32"));
        state_->setText(tr("审查员的签署有效：签署的正是现在要导出的内容。"));
    } else {
        state_->setStyleSheet(QStringLiteral("color: #b00020"));
        state_->setText(plan->reviewer.empty()
                            ? tr("保密审查尚未签署。")
                            : tr("保密审查签署已失效：签署后内容有改动，请审查员重新签署。"));
    }
    const QString size = QLocale().formattedDataSize(static_cast<qint64>(plan->totalBytes));
    QString text =
        tr("导出内容：%n 个文件，共 %1。", nullptr, static_cast<int>(plan->files.size())).arg(size);
    if (!plan->reviewer.empty()) {
        text += QLatin1Char('\n') + tr("签署人：%1，签署时间：%2")
                                        .arg(QString::fromStdString(plan->reviewer),
                                             QString::fromStdString(plan->signedAt));
    }
    coverage_->setText(text);
}

bool ExportSignOffPage::isComplete() const {
    return owner_.plan() && owner_.plan()->signOffHolds && !owner_.busy();
}

}  // namespace baosong::gui
