#include "candidate_page.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "candidate_form.h"
#include "findings_panel.h"
#include "submission_draft.h"
#include "submission_form.h"

namespace baosong::gui {

CandidatePage::CandidatePage(SubmissionDraft& draft, const policy::Scanner& scanner,
                             QWidget* parent)
    : QWidget(parent), draft_(draft) {
    chooser_ = new QComboBox(this);
    chooser_->setObjectName(QStringLiteral("candidateChooser"));
    chooser_->setAccessibleName(tr("正在填写"));
    stack_ = new QStackedWidget(this);
    submissionForm_ = new SubmissionForm(draft_, scanner, stack_);
    form_ = new CandidateForm(draft_, scanner, stack_);
    stack_->addWidget(submissionForm_);
    stack_->addWidget(form_);
    findings_ = new FindingsPanel(draft_, this);

    auto* top = new QHBoxLayout;
    auto* label = new QLabel(tr("正在填写(&W)："), this);
    label->setBuddy(chooser_);
    top->addWidget(label);
    top->addWidget(chooser_, 1);
    // A new candidate's form shows its findings field by field as they are left; this asks
    // for all of them now (shown_findings.h).
    showAll_ = new QPushButton(tr("检查全部栏目(&K)"), this);
    showAll_->setObjectName(QStringLiteral("showAllFindings"));
    showAll_->setToolTip(tr("显示本候选人全部未填或有误的栏目"));
    top->addWidget(showAll_);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(top);
    leftLayout->addWidget(stack_, 1);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("检查结果（双击转到该项）："), right));
    rightLayout->addWidget(findings_, 1);
    auto* split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(chooser_, &QComboBox::activated, this, [this](int row) { showCandidate(row - 1); });
    connect(findings_, &FindingsPanel::jumpTo, this, &CandidatePage::jumpTo);
    connect(showAll_, &QPushButton::clicked, this, [this] {
        if (form_->candidate() >= 0) {
            draft_.shownFindings().revealAll(static_cast<std::size_t>(form_->candidate()));
        }
    });
    connect(&draft_, &SubmissionDraft::changed, this, &CandidatePage::refreshChooser);
    refreshChooser();
    showCandidate(draft_.submission().candidates.empty() ? -1 : 0);
}

void CandidatePage::refreshChooser() {
    const auto& candidates = draft_.submission().candidates;
    const int wanted = static_cast<int>(candidates.size()) + 1;
    while (chooser_->count() > wanted) {
        chooser_->removeItem(chooser_->count() - 1);
    }
    if (chooser_->count() == 0) {
        chooser_->addItem(tr("推荐单位与推荐工作情况报告"));
    }
    for (int i = 0; i < static_cast<int>(candidates.size()); ++i) {
        const std::string& name = candidates[static_cast<std::size_t>(i)].name;
        const QString text =
            tr("候选人 %1：%2")
                .arg(i + 1)
                .arg(name.empty() ? tr("（未填姓名）") : QString::fromStdString(name));
        if (i + 1 < chooser_->count()) {
            chooser_->setItemText(i + 1, text);
        } else {
            chooser_->addItem(text);
        }
    }
    if (form_->candidate() >= static_cast<int>(candidates.size())) {
        showCandidate(static_cast<int>(candidates.size()) - 1);
    }
}

void CandidatePage::showCandidate(int index) {
    const bool candidate =
        index >= 0 && static_cast<std::size_t>(index) < draft_.submission().candidates.size();
    showAll_->setVisible(candidate);  // the unit's own form shows all its findings anyway
    if (!candidate) {
        chooser_->setCurrentIndex(0);
        stack_->setCurrentWidget(submissionForm_);
        form_->showCandidate(-1);
        return;
    }
    chooser_->setCurrentIndex(index + 1);
    if (form_->candidate() != index) {
        form_->showCandidate(index);
    }
    stack_->setCurrentWidget(form_);
}

void CandidatePage::jumpTo(std::optional<std::size_t> candidate, const std::string& field) {
    if (candidate) {
        showCandidate(static_cast<int>(*candidate));
        form_->focusField(field);
    } else {
        showCandidate(-1);
        submissionForm_->focusField(field);
    }
}

}  // namespace baosong::gui
