#include "overview_page.h"

#include <QDate>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "channel_names.h"
#include "chosen_file.h"
#include "core/actor.h"
#include "core/grant_import.h"
#include "core/signed_rules.h"
#include "error_text.h"
#include "stamped_panel.h"
#include "submission_draft.h"
#include "text_label.h"

namespace baosong::gui {

namespace {
QString coloured(const QString& text, bool good) {
    return QStringLiteral("<b style='color:%1'>%2</b>").arg(good ? "#2e7d32" : "#b00020", text);
}
}  // namespace

OverviewPage::OverviewPage(SubmissionDraft& draft, QWidget* parent)
    : QWidget(parent), draft_(draft) {
    unit_ = textLabel(this, "unit", tr("推荐单位"));
    channel_ = textLabel(this, "channel", tr("推荐渠道"));
    deadline_ = textLabel(this, "deadline", tr("截止日期"));
    quota_ = textLabel(this, "quota", tr("名额"));
    youth_ = textLabel(this, "youth", tr("45 岁以下人选"));
    errors_ = textLabel(this, "policyErrors", tr("未解决的规则错误"));
    flags_ = textLabel(this, "openFlags", tr("未处理的涉密标记"));
    review_ = textLabel(this, "reviewState", tr("保密审查"));
    review_->setText(tr("（进入“保密审查”后显示）"));
    flags_->setText(tr("（进入“保密审查”后显示）"));

    auto* facts = new QGroupBox(tr("报送概况"), this);
    auto* form = new QFormLayout(facts);
    form->addRow(tr("推荐单位："), unit_);
    form->addRow(tr("推荐渠道："), channel_);
    // A value with the office's signed file that changes it beside it, and why a file was
    // refused: the deadline with a rule-set update, the quota with a grant.
    const auto importRow = [this](QLabel* value, const char* buttonName, const QString& button,
                                  const QString& tip, const char* problemName, QLabel*& problem) {
        auto* chooser = new QPushButton(button, this);
        chooser->setObjectName(QString::fromLatin1(buttonName));
        chooser->setToolTip(tip);
        problem = new QLabel(this);
        problem->setObjectName(QString::fromLatin1(problemName));
        problem->setWordWrap(true);
        problem->setStyleSheet(QStringLiteral("color: #b00020"));
        auto* row = new QHBoxLayout;
        row->addWidget(value);
        row->addWidget(chooser);
        row->addWidget(problem, 1);
        return std::pair{row, chooser};
    };
    const auto [deadlineRow, rulesButton] =
        importRow(deadline_, "importRules", tr("导入规则集更新…"),
                  tr("国防科工办签名的规则集更新（.json 及其旁边的 .minisig，国密为 .sig）"),
                  "rulesRefusal", rulesProblem_);
    form->addRow(tr("截止日期："), deadlineRow);
    connect(rulesButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("导入规则集更新"), QString(),
                                                          tr("规则集 (*.json)"));
        if (!file.isEmpty()) {
            importRules(file);
        }
    });
    const auto [quotaRow, grant] =
        importRow(quota_, "importGrant", tr("导入名额授权…"),
                  tr("国防科工办签发的增加名额授权（.json 及其旁边的 .minisig，国密为 .sig）"),
                  "grantRefusal", grantProblem_);
    form->addRow(tr("名额："), quotaRow);
    form->addRow(tr("45 岁以下人选："), youth_);
    form->addRow(tr("未解决的规则错误："), errors_);
    form->addRow(tr("未处理的涉密标记："), flags_);
    form->addRow(tr("保密审查："), review_);

    candidates_ = new QListWidget(this);
    candidates_->setObjectName(QStringLiteral("candidates"));
    candidates_->setAccessibleName(tr("候选人列表"));
    add_ = new QPushButton(tr("添加候选人(&A)"), this);
    add_->setObjectName(QStringLiteral("addCandidate"));
    remove_ = new QPushButton(tr("删除所选候选人"), this);
    remove_->setObjectName(QStringLiteral("removeCandidate"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add_);
    buttons->addWidget(remove_);
    buttons->addStretch(1);
    auto* people = new QGroupBox(tr("候选人（双击打开推荐表）"), this);
    auto* peopleLayout = new QVBoxLayout(people);
    peopleLayout->addWidget(candidates_);
    peopleLayout->addLayout(buttons);

    stamped_ = new StampedPanel(draft_, this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(facts);
    layout->addWidget(stamped_);
    layout->addWidget(people, 1);

    connect(candidates_, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit candidateChosen(candidates_->row(item)); });
    connect(add_, &QPushButton::clicked, this, &OverviewPage::addCandidate);
    connect(remove_, &QPushButton::clicked, this, [this] {
        if (candidates_->currentRow() >= 0) {
            emit removeCandidate(candidates_->currentRow());
        }
    });
    connect(grant, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("导入名额授权"), QString(),
                                                          tr("名额授权 (*.json)"));
        if (!file.isEmpty()) {
            importGrant(file);
        }
    });
    connect(&draft_, &SubmissionDraft::changed, this, &OverviewPage::refresh);
    connect(&draft_, &SubmissionDraft::checked, this, &OverviewPage::refresh);
    refresh();
}

void OverviewPage::setReviewState(int openFlags, int unapprovedItems, bool signedOff,
                                  const QString& voidedSignOff) {
    flags_->setText(openFlags == 0 ? coloured(tr("无"), true)
                                   : coloured(tr("%n 处待审查员处理", "", openFlags), false));
    if (signedOff) {
        review_->setText(coloured(tr("已签署，且与当前内容一致"), true));
    } else if (!voidedSignOff.isEmpty()) {
        review_->setText(coloured(voidedSignOff, false));
    } else if (openFlags > 0 || unapprovedItems > 0) {
        review_->setText(coloured(tr("未完成：%1 处标记、%2 个照片、附件或盖章版待处理")
                                      .arg(openFlags)
                                      .arg(unapprovedItems),
                                  false));
    } else {
        review_->setText(coloured(tr("待审查员签署"), false));
    }
}

bool OverviewPage::importGrant(const QString& file) {
    grantProblem_->clear();
    QString problem;
    auto grant = readChosenFile(file, problem);
    // FILE.minisig, or FILE.sig when the vault imported gm office keys (bundle-gm.md).
    const QString suffix =
        QString::fromStdString(std::string(app::grantSignatureSuffix(draft_.vault())));
    auto signature = grant ? readChosenFile(file + suffix, problem) : std::nullopt;
    if (!grant || !signature) {
        grantProblem_->setText(problem);
        return false;
    }
    try {
        policy::Submission named = draft_.submission();
        app::PlacedGrant placed =
            app::placeQuotaGrant(draft_.vault(), named, QFileInfo(file).fileName().toStdString(),
                                 std::move(*grant), std::move(*signature));
        for (app::NewFile& f : placed.files) {
            draft_.addFile(std::move(f));
        }
        draft_.edit([&](policy::Submission& s) { s.grants = named.grants; });
    } catch (...) {
        grantProblem_->setText(errorText(std::current_exception()));
        return false;
    }
    return true;
}

bool OverviewPage::importRules(const QString& file) {
    rulesProblem_->clear();
    try {
        app::importSignedRuleSet(draft_.vault(), file.toStdString(), app::actorFor("officer"));
    } catch (...) {
        rulesProblem_->setText(errorText(std::current_exception()));
        return false;
    }
    draft_.refreshRules();
    return true;
}

void OverviewPage::refresh() {
    const policy::Submission& s = draft_.submission();
    const policy::RuleSet* rules = draft_.rules();
    unit_->setText(
        QStringLiteral("%1（%2）")
            .arg(QString::fromStdString(s.unit.name), QString::fromStdString(s.unit.id)));
    channel_->setText(channelName(s.channel));
    if (rules != nullptr) {
        const QDate end = QDate::fromString(QString::fromStdString(rules->deadline), Qt::ISODate);
        const qint64 days = QDate::currentDate().daysTo(end);
        const QString date = end.toString(QStringLiteral("yyyy-MM-dd"));
        deadline_->setText(
            days >= 0
                ? coloured(tr("%1，还有 %n 天", "", static_cast<int>(days)).arg(date), days > 3)
                : coloured(tr("%1，已过期 %n 天", "", static_cast<int>(-days)).arg(date), false));
        // The quota as the checker counts it: a verified grant from the office raises it,
        // and is named, so 4 / 4 is not mistaken for an error.
        app::EffectiveQuota quota;
        try {
            quota = app::effectiveQuota(
                draft_.vault(), s,
                [this](const std::string& path) -> std::optional<std::vector<std::uint8_t>> {
                    std::vector<std::uint8_t> bytes = draft_.fileBytes(path);
                    return bytes.empty() ? std::nullopt : std::optional(std::move(bytes));
                });
        } catch (...) {
            quota.max = 0;
        }
        const int n = static_cast<int>(s.candidates.size());
        QString text = QStringLiteral("%1 / %2").arg(n).arg(quota.max);
        if (!quota.grantReason.empty()) {
            text += tr("（国防科工办授权：%1）").arg(QString::fromStdString(quota.grantReason));
        }
        quota_->setText(coloured(text, n >= 1 && n <= quota.max));
    } else {
        deadline_->setText(coloured(tr("没有该活动的规则集"), false));
        quota_->setText(QString::number(s.candidates.size()));
    }
    bool youthMissing = false;
    bool youthUncertain = false;
    for (const policy::Finding& f : draft_.report().findings) {
        youthMissing |= f.code == "YOUTH_MISSING";
        youthUncertain |= f.code == "YOUTH_UNCERTAIN";
    }
    const int errors = static_cast<int>(draft_.report().errorCount());
    youth_->setText(youthMissing                             ? coloured(tr("不满足"), false)
                    : youthUncertain || s.candidates.empty() ? coloured(tr("待确认"), false)
                                                             : coloured(tr("满足"), true));
    errors_->setText(errors == 0
                         ? coloured(tr("无"), true)
                         : coloured(tr("%n 项（见“推荐表”页的检查结果）", "", errors), false));
    const int current = candidates_->currentRow();
    candidates_->clear();
    for (std::size_t i = 0; i < s.candidates.size(); ++i) {
        const policy::Candidate& c = s.candidates[i];
        int own = 0;
        for (const policy::Finding& f : draft_.report().findings) {
            own += f.candidate == i && f.severity == policy::Severity::Error ? 1 : 0;
        }
        QString line = c.name.empty() ? tr("（未填姓名）") : QString::fromStdString(c.name);
        if (!c.birth.empty()) {
            line += QStringLiteral("  ") + QString::fromStdString(c.birth);
        }
        line += QStringLiteral("  ") + (own == 0 ? tr("无错误") : tr("%n 项错误", "", own));
        candidates_->addItem(line);
    }
    candidates_->setCurrentRow(std::min(current, candidates_->count() - 1));
    remove_->setEnabled(!s.candidates.empty());
}

}  // namespace baosong::gui
