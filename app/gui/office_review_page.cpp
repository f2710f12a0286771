#include "office_review_page.h"

#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "background_task.h"
#include "candidate_papers_dialog.h"
#include "core/actor.h"
#include "core/office_export.h"
#include "core/office_papers.h"
#include "error_text.h"
#include "words.h"

namespace baosong::gui {

namespace {
QString fromStd(const std::string& text) {
    return QString::fromStdString(text);
}

QLabel* redLabel(QWidget* parent, const char* name) {
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("color: #b00020"));
    return label;
}

std::string clerk() {
    return app::actorFor("clerk");
}
}  // namespace

OfficeReviewPage::OfficeReviewPage(std::shared_ptr<app::OpenedVault> opened, QWidget* parent)
    : QWidget(parent), opened_(std::move(opened)) {
    table_ = new QTableWidget(0, 7, this);
    table_->setObjectName(QStringLiteral("reviewCandidates"));
    table_->setAccessibleName(tr("各单位候选人"));
    table_->setHorizontalHeaderLabels({tr("报送单位"), tr("版本"), tr("序号"), tr("姓名"),
                                       tr("出生年月"), tr("推荐单位意见"), tr("决定")});
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->horizontalHeader()->setStretchLastSection(true);
    warnings_ = redLabel(this, "reviewWarnings");

    who_ = new QLabel(tr("（在上表中选择一名候选人）"), this);
    who_->setObjectName(QStringLiteral("reviewChosen"));
    recheck_ = new QLabel(this);
    recheck_->setObjectName(QStringLiteral("reviewRecheck"));
    recheck_->setWordWrap(true);
    recheck_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    viewPapers_ = new QPushButton(tr("查看推荐表与盖章版…"), this);
    viewPapers_->setObjectName(QStringLiteral("viewPapers"));
    opinion_ = new QPlainTextEdit(this);
    opinion_->setObjectName(QStringLiteral("officeOpinion"));
    opinion_->setAccessibleName(tr("推荐单位意见"));
    opinion_->setPlaceholderText(
        tr("对候选人主要事迹和学风道德等方面作出评价，意见中应明确写出是否同意推荐"));
    opinion_->setMaximumHeight(110);
    saveOpinion_ = new QPushButton(tr("保存意见"), this);
    saveOpinion_->setObjectName(QStringLiteral("saveOpinion"));
    reason_ = new QLineEdit(this);
    reason_->setObjectName(QStringLiteral("withholdReason"));
    reason_->setPlaceholderText(tr("暂缓推荐的理由"));
    forward_ = new QPushButton(tr("推荐"), this);
    forward_->setObjectName(QStringLiteral("forward"));
    withhold_ = new QPushButton(tr("暂缓推荐"), this);
    withhold_->setObjectName(QStringLiteral("withhold"));
    problem_ = redLabel(this, "reviewProblem");

    auto* editor = new QGroupBox(tr("推荐单位意见与决定"), this);
    auto* form = new QFormLayout(editor);
    form->addRow(who_);
    form->addRow(recheck_);
    auto* papersRow = new QHBoxLayout;
    papersRow->addWidget(viewPapers_);
    papersRow->addStretch(1);
    form->addRow(QString(), papersRow);
    form->addRow(tr("推荐单位意见："), opinion_);
    auto* opinionButtons = new QHBoxLayout;
    opinionButtons->addWidget(saveOpinion_);
    opinionButtons->addStretch(1);
    form->addRow(QString(), opinionButtons);
    auto* decision = new QHBoxLayout;
    decision->addWidget(forward_);
    decision->addWidget(withhold_);
    decision->addWidget(reason_, 1);
    form->addRow(tr("决定："), decision);
    form->addRow(problem_);

    export_ = new QPushButton(tr("写出报送内蒙古科协的材料…"), this);
    export_->setObjectName(QStringLiteral("exportSet"));
    result_ = new QLabel(this);
    result_->setObjectName(QStringLiteral("exportResult"));
    result_->setWordWrap(true);
    result_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* exportRow = new QHBoxLayout;
    exportRow->addWidget(export_);
    exportRow->addWidget(result_, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table_, 1);
    layout->addWidget(warnings_);
    layout->addWidget(editor);
    layout->addLayout(exportRow);

    connect(table_, &QTableWidget::currentCellChanged, this,
            [this](int row, int, int, int) { select(row); });
    connect(viewPapers_, &QPushButton::clicked, this, [this] { showPapers(); });
    connect(saveOpinion_, &QPushButton::clicked, this, [this] { saveOpinion(); });
    connect(forward_, &QPushButton::clicked, this, [this] { decide(true); });
    connect(withhold_, &QPushButton::clicked, this, [this] { decide(false); });
    connect(export_, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("选择写出材料的文件夹"));
        if (!folder.isEmpty()) {
            exportSetTo(folder);
        }
    });
    refresh();
}

void OfficeReviewPage::refresh() {
    try {
        review_ = app::officeReview(opened_->vault);
    } catch (...) {
        problem_->setText(errorText(std::current_exception()));
        return;
    }
    const int keep = chosenRow_;
    table_->blockSignals(true);
    table_->setRowCount(static_cast<int>(review_.candidates.size()));
    for (std::size_t i = 0; i < review_.candidates.size(); ++i) {
        const app::ReviewedCandidate& c = review_.candidates[i];
        QString decision = tr("未定");
        if (c.decision == "forward") {
            decision = tr("推荐");
        } else if (c.decision == "withhold") {
            decision = tr("暂缓（%1）").arg(fromStd(c.reason));
        }
        const QStringList cells = {
            fromStd(c.unitName) + QStringLiteral("（") + fromStd(c.unitId) + QStringLiteral("）"),
            QString::number(c.revision),
            QString::number(c.number),
            fromStd(c.candidate.name),
            fromStd(c.candidate.birth),
            c.opinion.empty() ? tr("未写") : tr("已写"),
            decision};
        for (int col = 0; col < cells.size(); ++col) {
            table_->setItem(static_cast<int>(i), col, new QTableWidgetItem(cells[col]));
        }
    }
    table_->resizeColumnsToContents();
    table_->blockSignals(false);
    QStringList lines;
    for (const app::ReviewWarning& w : review_.warnings) {
        lines << QStringLiteral("⚠ ") + words(w.sentence);
    }
    warnings_->setText(lines.join(QLatin1Char('\n')));
    warnings_->setVisible(!lines.isEmpty());
    chosenRow_ = keep < table_->rowCount() ? keep : -1;
    if (chosenRow_ >= 0) {
        table_->selectRow(chosenRow_);
    }
    showChosen();
}

const app::ReviewedCandidate* OfficeReviewPage::chosen() const {
    return chosenRow_ >= 0 && chosenRow_ < static_cast<int>(review_.candidates.size())
               ? &review_.candidates[static_cast<std::size_t>(chosenRow_)]
               : nullptr;
}

void OfficeReviewPage::select(int row) {
    chosenRow_ = row;
    problem_->clear();
    showChosen();
}

void OfficeReviewPage::showChosen() {
    const app::ReviewedCandidate* c = chosen();
    for (QWidget* w : std::initializer_list<QWidget*>{viewPapers_, opinion_, reason_, saveOpinion_,
                                                      forward_, withhold_}) {
        w->setEnabled(c != nullptr && !busy_);
    }
    if (c == nullptr) {
        who_->setText(tr("（在上表中选择一名候选人）"));
        recheck_->clear();
        opinion_->clear();
        reason_->clear();
        return;
    }
    who_->setText(tr("%1 第 %2 名：%3（%4），%5")
                      .arg(fromStd(c->unitName))
                      .arg(c->number)
                      .arg(fromStd(c->candidate.name))
                      .arg(fromStd(c->candidate.birth))
                      .arg(fromStd(c->candidate.employer)));
    // What the office checked at opening, beside the editor: the re-check of this candidate
    // and of the whole submission, and the unit's security review.
    QStringList facts;
    facts << tr("保密审查：%1，已决定 %2 处标记、查看 %3 个文件")
                 .arg(fromStd(c->reviewer))
                 .arg(c->reviewedFlags)
                 .arg(c->reviewedItems);
    if (c->recheck.empty()) {
        facts << tr("政策复核：无问题");
    } else {
        facts << tr("政策复核：");
        for (const std::string& line : c->recheck) {
            facts << QStringLiteral("  ") + fromStd(line);
        }
    }
    recheck_->setText(facts.join(QLatin1Char('\n')));
    opinion_->setPlainText(fromStd(c->opinion));
    reason_->setText(fromStd(c->reason));
}

bool OfficeReviewPage::onChosen(const std::function<void(const app::CandidateRef&)>& action) {
    const app::ReviewedCandidate* c = chosen();
    if (c == nullptr || busy_) {
        return false;
    }
    try {
        action({c->unitId, c->campaign, c->number, c->revision});
    } catch (...) {
        problem_->setText(errorText(std::current_exception()));
        return false;
    }
    problem_->clear();
    refresh();
    return true;
}

CandidatePapersDialog* OfficeReviewPage::showPapers() {
    const app::ReviewedCandidate* c = chosen();
    if (c == nullptr || busy_) {
        return nullptr;
    }
    app::CandidatePapers papers;
    try {
        papers =
            app::candidatePapers(opened_->vault, {c->unitId, c->campaign, c->number, c->revision});
    } catch (...) {
        problem_->setText(errorText(std::current_exception()));
        return nullptr;
    }
    auto* dialog = new CandidatePapersDialog(papers, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

bool OfficeReviewPage::saveOpinion() {
    return onChosen([this](const app::CandidateRef& ref) {
        app::writeOfficeOpinion(opened_->vault, ref, opinion_->toPlainText().toStdString(),
                                clerk());
    });
}

bool OfficeReviewPage::decide(bool forward) {
    return onChosen([&](const app::CandidateRef& ref) {
        app::decideCandidate(
            opened_->vault, ref,
            forward ? app::OfficeDecisionKind::Forward : app::OfficeDecisionKind::Withhold,
            reason_->text().toStdString(), clerk());
    });
}

void OfficeReviewPage::setBusy(bool busy) {
    busy_ = busy;
    export_->setEnabled(!busy);
    showChosen();
    emit busyChanged(busy);
}

void OfficeReviewPage::exportSetTo(const QString& folder) {
    if (busy_ || review_.candidates.empty()) {
        result_->setText(tr("还没有接收任何报送包。"));
        return;
    }
    result_->setText(tr("正在写出材料…"));
    setBusy(true);
    runInBackground<app::OfficeSetWritten>(
        this,
        [vault = opened_, campaign = review_.candidates.front().campaign,
         out = folder.toStdString()] {
            return app::exportOfficeSet(vault->vault, campaign, out, clerk());
        },
        [this](app::OfficeSetWritten set) {
            result_->setStyleSheet(QString());
            result_->setText(tr("已写出到 %1：推荐 %2 名，暂缓 %3 名。请按其中 README.txt "
                                "打印、盖章、扫描。")
                                 .arg(QDir::toNativeSeparators(fromStd(set.folder)))
                                 .arg(set.forwarded)
                                 .arg(set.withheld));
            setBusy(false);
        },
        [this](std::exception_ptr error) {
            result_->setStyleSheet(QStringLiteral("color: #b00020"));
            result_->setText(tr("未能写出：%1").arg(errorText(error)));
            setBusy(false);
        });
}

}  // namespace baosong::gui
