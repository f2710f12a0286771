#include "findings_panel.h"

#include <QApplication>
#include <QStyle>

#include "submission_draft.h"
#include "words.h"

namespace baosong::gui {

FindingsPanel::FindingsPanel(SubmissionDraft& draft, QWidget* parent)
    : QListWidget(parent), draft_(draft) {
    setObjectName(QStringLiteral("findings"));
    setAccessibleName(tr("检查结果"));
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    connect(&draft_, &SubmissionDraft::checked, this, &FindingsPanel::refresh);
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const std::size_t at = static_cast<std::size_t>(item->data(Qt::UserRole).toInt());
        const auto& findings = draft_.report().findings;
        if (at < findings.size()) {
            emit jumpTo(findings[at].candidate, findings[at].field);
        }
    });
    refresh();
}

void FindingsPanel::refresh() {
    clear();
    const auto& findings = draft_.report().findings;
    const auto& candidates = draft_.submission().candidates;
    for (int pass = 0; pass < 2; ++pass) {
        const auto wanted = pass == 0 ? policy::Severity::Error : policy::Severity::Warning;
        for (std::size_t i = 0; i < findings.size(); ++i) {
            const policy::Finding& f = findings[i];
            if (f.severity != wanted) {
                continue;
            }
            QString who = tr("报送");
            if (f.candidate && *f.candidate < candidates.size()) {
                const std::string& name = candidates[*f.candidate].name;
                who = name.empty() ? tr("第 %1 位候选人").arg(*f.candidate + 1)
                                   : QString::fromStdString(name);
            }
            auto* item = new QListWidgetItem(
                QApplication::style()->standardIcon(wanted == policy::Severity::Error
                                                        ? QStyle::SP_MessageBoxCritical
                                                        : QStyle::SP_MessageBoxWarning),
                QStringLiteral("%1 · %2").arg(who, saidIn(f)), this);
            item->setData(Qt::UserRole, static_cast<int>(i));
            item->setToolTip(QString::fromStdString(f.code));
        }
    }
    if (count() == 0) {
        addItem(tr("没有发现问题。"));
    }
}

}  // namespace baosong::gui
