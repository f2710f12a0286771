#include "export_signoff_page.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include "export_wizard.h"
#include "words.h"

namespace baosong::gui {

ExportSignOffPage::ExportSignOffPage(ExportWizard& wizard) : owner_(wizard) {
    setTitle(tr("保密审查签署"));
    setSubTitle(tr("审查员的签署针对的是确切的导出内容：签署后改变导出内容的改动会使它失效。"));
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
    state_->setStyleSheet(plan->signOffHolds() ? QStringLiteral("color: #2e7d32")
                                               : QStringLiteral("color: #b00020"));
    state_->setText(words(app::signOffStatusText(plan->signOff)));
    const QString size = QLocale().formattedDataSize(static_cast<qint64>(plan->totalBytes));
    QString text =
        tr("导出内容：%n 个文件，共 %1。", nullptr, static_cast<int>(plan->files.size())).arg(size);
    coverage_->setText(text);
}

bool ExportSignOffPage::isComplete() const {
    return owner_.plan() && owner_.plan()->signOffHolds() && !owner_.busy();
}

}  // namespace baosong::gui
