#include "findings_panel.h"

#include <QApplication>
#include <QStyle>
#include <map>

#include "core/field_label.h"
#include "submission_draft.h"
#include "words.h"

namespace baosong::gui {

namespace {
// On the line that counts a new candidate's findings not shown yet: the candidate.
constexpr int kHeldRole = Qt::UserRole + 1;
}  // namespace

FindingsPanel::FindingsPanel(SubmissionDraft& draft, QWidget* parent)
    : QListWidget(parent), draft_(draft) {
    setObjectName(QStringLiteral("findings"));
    setAccessibleName(tr("检查结果"));
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    connect(&draft_, &SubmissionDraft::checked, this, &FindingsPanel::refresh);
    connect(&draft_.shownFindings(), &ShownFindings::changed, this, &FindingsPanel::refresh);
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        // The count of a new candidate's findings not shown yet: asking for them shows all.
        if (const QVariant held = item->data(kHeldRole); held.isValid()) {
            const auto candidate = static_cast<std::size_t>(held.toInt());
            draft_.shownFindings().revealAll(candidate);
            emit jumpTo(candidate, "");
            return;
        }
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
    // Named as everywhere else (core/field_label.h).
    const auto candidateName = [this](std::size_t candidate) {
        return words(app::candidateLabel(draft_.submission(), candidate));
    };
    std::map<std::size_t, int> held;  // per new candidate, findings its form does not show yet
    for (int pass = 0; pass < 2; ++pass) {
        const auto wanted = pass == 0 ? policy::Severity::Error : policy::Severity::Warning;
        for (std::size_t i = 0; i < findings.size(); ++i) {
            const policy::Finding& f = findings[i];
            if (f.severity != wanted) {
                continue;
            }
            if (!draft_.shownFindings().shows(f)) {
                held[*f.candidate] += 1;
                continue;
            }
            const QString who = f.candidate ? candidateName(*f.candidate) : tr("报送");
            auto* item = new QListWidgetItem(
                QApplication::style()->standardIcon(wanted == policy::Severity::Error
                                                        ? QStyle::SP_MessageBoxCritical
                                                        : QStyle::SP_MessageBoxWarning),
                QStringLiteral("%1 · %2").arg(who, saidIn(f)), this);
            item->setData(Qt::UserRole, static_cast<int>(i));
            item->setToolTip(QString::fromStdString(f.code));
        }
    }
    for (const auto& [candidate, count] : held) {
        auto* item = new QListWidgetItem(
            QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation),
            tr("%1 · 还有 %n 项待填写或待改正，离开各栏后逐项显示；双击此行全部显示", "", count)
                .arg(candidateName(candidate)),
            this);
        item->setData(kHeldRole, static_cast<int>(candidate));
    }
    if (count() == 0) {
        addItem(tr("没有发现问题。"));
    }
}

}  // namespace baosong::gui
