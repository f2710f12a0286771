#include "office_window.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFont>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <filesystem>
#include <map>
#include "base/shown_time.h"

#include "background_task.h"
#include "core/actor.h"
#include "core/input_file.h"
#include "core/key_report.h"
#include "core/office_summary.h"
#include "error_text.h"
#include "office_review_page.h"
#include "policy/submission_json.h"
#include "text_label.h"
#include "words.h"

namespace baosong::gui {

namespace {
namespace fs = std::filesystem;

const QColor kGood(0x2e, 0x7d, 0x32);
const QColor kBad(0xb0, 0x00, 0x20);
const QColor kQuiet(0x75, 0x75, 0x75);

// The state of a step for tests and screen readers: Qt::UserRole of each item.
const QString kPassed = QStringLiteral("passed");
const QString kFailed = QStringLiteral("failed");
const QString kNotRun = QStringLiteral("not_run");
const QString kPending = QStringLiteral("pending");

QString fromStd(const std::string& text) {
    return QString::fromStdString(text);
}

QListWidget* list(QWidget* parent, const char* name, const QString& accessible) {
    auto* widget = new QListWidget(parent);
    widget->setObjectName(QString::fromLatin1(name));
    widget->setAccessibleName(accessible);
    widget->setWordWrap(true);
    return widget;
}

QTableWidget* table(QWidget* parent, const char* name, const QString& accessible,
                    const QStringList& headers) {
    auto* widget = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    widget->setObjectName(QString::fromLatin1(name));
    widget->setAccessibleName(accessible);
    widget->setHorizontalHeaderLabels(headers);
    widget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    widget->setSelectionBehavior(QAbstractItemView::SelectRows);
    widget->verticalHeader()->setVisible(false);
    widget->horizontalHeader()->setStretchLastSection(true);
    return widget;
}

QPushButton* button(QWidget* parent, const char* name, const QString& text) {
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    return b;
}

void setRow(QTableWidget* table, int row, const QStringList& cells) {
    for (int column = 0; column < cells.size(); ++column) {
        table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

// 工作单位及职务职称 as the 汇总表 writes it: the employer, then position and title.
QString employerAndTitle(const policy::Candidate& c) {
    QStringList parts;
    for (const std::string* part : {&c.employer, &c.position, &c.title}) {
        if (!part->empty()) {
            parts << fromStd(*part);
        }
    }
    return parts.join(QStringLiteral(" "));
}
}  // namespace

struct OfficeWindow::Received {
    app::OpenedBundle opened;
    std::optional<policy::Submission> submission;
    QString submissionProblem;  // why data/submission.json could not be read back
};

OfficeWindow::OfficeWindow(app::OpenedVault opened, QWidget* parent)
    : QMainWindow(parent), opened_(std::make_shared<app::OpenedVault>(std::move(opened))) {
    const QFileInfo vaultFile(fromStd(opened_->vault.path()));
    // One fixed name whatever the language, so the clerk finds the same folder again.
    receiveFolder_ = vaultFile.absoluteDir().filePath(QStringLiteral("已接收"));
    setWindowTitle(tr("报送 baosong（国防科工办）— %1").arg(vaultFile.filePath()));

    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("tabs"));
    tabs_->setAccessibleName(tr("国防科工办页面"));
    tabs_->addTab(buildReceivePage(), tr("接收报送包(&1)"));
    tabs_->addTab(buildReceivedPage(), tr("已接收与汇总(&2)"));
    reviewPage_ = new OfficeReviewPage(opened_, this);
    reviewPage_->setObjectName(QStringLiteral("officeReview"));
    tabs_->addTab(reviewPage_, tr("统一审核推荐(&3)"));
    connect(reviewPage_, &OfficeReviewPage::busyChanged, this,
            [this](bool busy) { setBusy(busy); });
    setCentralWidget(tabs_);
    buildMenus();
    clearBundle();
    refreshReceivedList();
    if (!opened_->audit.intact) {
        statusBar()->showMessage(tr("警告：审计记录链不完整"));
    }
    resize(1200, 800);
}

// The vault closes with the last holder: here, or in work still running.
OfficeWindow::~OfficeWindow() = default;

void OfficeWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("文件(&F)"));
    openAction_ = file->addAction(tr("打开报送包(&O)…"), this, &OfficeWindow::chooseBundle);
    openAction_->setShortcut(QKeySequence::Open);
    openAction_->setObjectName(QStringLiteral("openBundleAction"));
    exportAction_ = file->addAction(tr("导出汇总表(&E)…"), this, &OfficeWindow::chooseSummaryFile);
    exportAction_->setObjectName(QStringLiteral("exportSummaryAction"));
    file->addSeparator();
    QAction* lock = file->addAction(tr("锁定(&L)"), this, &OfficeWindow::lockRequested);
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lock->setObjectName(QStringLiteral("lockAction"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("退出(&Q)"), QKeySequence::Quit, this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
}

QWidget* OfficeWindow::buildReceivePage() {
    auto* page = new QWidget(this);
    openButton_ = button(page, "openBundle", tr("打开报送包(&O)…"));
    folderButton_ = button(page, "chooseReceiveFolder", tr("更改接收文件夹…"));
    folderLabel_ = textLabel(page, "receiveFolder", tr("接收文件夹"));
    folderLabel_->setText(tr("解出到：%1").arg(QDir::toNativeSeparators(receiveFolder_)));
    auto* top = new QHBoxLayout;
    top->addWidget(openButton_);
    top->addWidget(folderLabel_, 1);
    top->addWidget(folderButton_);

    status_ = textLabel(page, "receiveStatus", tr("接收状态"));
    status_->setTextFormat(Qt::RichText);
    steps_ = list(page, "verifySteps", tr("核验步骤"));
    auto* stepsBox = new QGroupBox(tr("逐项核验"), page);
    auto* stepsLayout = new QVBoxLayout(stepsBox);
    stepsLayout->addWidget(status_);
    stepsLayout->addWidget(steps_, 1);

    unit_ = textLabel(page, "bundleUnit", tr("报送单位"));
    revision_ = textLabel(page, "bundleRevision", tr("版本"));
    profile_ = textLabel(page, "bundleProfile", tr("密码算法"));
    sha256_ = textLabel(page, "bundleSha256", tr("SHA-256 指纹"));
    sha256_->setFont(QFont(QStringLiteral("monospace")));
    folder_ = textLabel(page, "bundleFolder", tr("解出位置"));
    notices_ = list(page, "notices", tr("注意事项"));
    notices_->setMaximumHeight(60);
    auto* facts = new QGroupBox(tr("报送包"), page);
    auto* form = new QFormLayout(facts);
    form->addRow(tr("报送单位："), unit_);
    form->addRow(tr("版本："), revision_);
    form->addRow(tr("密码算法："), profile_);
    form->addRow(tr("SHA-256："), sha256_);
    form->addRow(tr("解出到："), folder_);
    form->addRow(tr("注意："), notices_);

    candidates_ = table(page, "candidates", tr("候选人"),
                        {tr("姓名"), tr("性别"), tr("出生年月"), tr("工作单位及职务职称")});
    auto* peopleBox = new QGroupBox(tr("候选人"), page);
    auto* peopleLayout = new QVBoxLayout(peopleBox);
    peopleLayout->addWidget(candidates_);

    recheck_ = list(page, "recheck", tr("政策复核结果"));
    auto* recheckBox = new QGroupBox(tr("政策复核结果"), page);
    auto* recheckLayout = new QVBoxLayout(recheckBox);
    recheckLayout->addWidget(recheck_);

    // The checks on the left, what passed them on the right: the bundle's facts (long
    // lines: the fingerprint, the folder) above the candidates and the re-check.
    auto* right = new QWidget(page);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* lists = new QSplitter(Qt::Vertical, right);
    lists->addWidget(peopleBox);
    lists->addWidget(recheckBox);
    rightLayout->addWidget(facts);
    rightLayout->addWidget(lists, 1);
    auto* split = new QSplitter(Qt::Horizontal, page);
    split->setObjectName(QStringLiteral("receiveSplitter"));
    split->addWidget(stepsBox);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({420, 780});

    auto* layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(openButton_, &QPushButton::clicked, this, &OfficeWindow::chooseBundle);
    connect(folderButton_, &QPushButton::clicked, this, &OfficeWindow::chooseReceiveFolder);
    return page;
}

QWidget* OfficeWindow::buildReceivedPage() {
    auto* page = new QWidget(this);
    received_ = table(page, "received", tr("已接收的报送包"),
                      {tr("推荐单位"), tr("统一社会信用代码"), tr("活动"), tr("版本"),
                       tr("封包时间"), tr("接收时间"), tr("政策错误")});
    exportButton_ = button(page, "exportSummary", tr("导出汇总表(&E)…"));
    summary_ = textLabel(page, "summaryResult", tr("汇总表导出结果"));
    summary_->setTextFormat(Qt::PlainText);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(exportButton_);
    bottom->addWidget(summary_, 1);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("每个单位最新接收的版本（汇总表按此生成）："), page));
    layout->addWidget(received_, 1);
    layout->addLayout(bottom);
    connect(exportButton_, &QPushButton::clicked, this, &OfficeWindow::chooseSummaryFile);
    return page;
}

void OfficeWindow::setBusy(bool busy) {
    busy_ = busy;
    for (QAction* action : {openAction_, exportAction_}) {
        action->setEnabled(!busy);
    }
    for (QPushButton* b : {openButton_, folderButton_, exportButton_}) {
        b->setEnabled(!busy);
    }
}

void OfficeWindow::chooseBundle() {
    if (busy_) {
        return;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("打开报送包"), QString(),
                                                      tr("报送包 (*.bsx);;所有文件 (*)"));
    if (!path.isEmpty()) {
        openBundleFile(path, receiveFolder_);
    }
}

void OfficeWindow::chooseReceiveFolder() {
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("选择接收文件夹"), receiveFolder_);
    if (!folder.isEmpty()) {
        receiveFolder_ = folder;
        folderLabel_->setText(tr("解出到：%1").arg(QDir::toNativeSeparators(folder)));
    }
}

void OfficeWindow::clearBundle() {
    steps_->clear();
    for (const ReceiveStep step : kReceiveSteps) {
        auto* item = new QListWidgetItem(QStringLiteral("○ ") + receiveStepSentence(step), steps_);
        item->setData(Qt::UserRole, kPending);
        item->setData(Qt::UserRole + 1, static_cast<int>(step));
        item->setForeground(kQuiet);
    }
    status_->setText(tr("尚未打开报送包。"));
    for (QLabel* label : {unit_, revision_, profile_, sha256_, folder_}) {
        label->clear();
    }
    notices_->clear();
    candidates_->setRowCount(0);
    recheck_->clear();
}

void OfficeWindow::showSteps(std::size_t passed, std::optional<ReceiveStep> failed,
                             const QString& why) {
    steps_->clear();
    for (std::size_t i = 0; i < kReceiveSteps.size(); ++i) {
        const ReceiveStep step = kReceiveSteps[i];
        auto* item = new QListWidgetItem(steps_);
        item->setData(Qt::UserRole + 1, static_cast<int>(step));
        const QString sentence = receiveStepSentence(step);
        if (i < passed) {
            item->setText(QStringLiteral("✓ ") + sentence);
            item->setData(Qt::UserRole, kPassed);
            item->setForeground(kGood);
        } else if (failed && step == *failed) {
            item->setText(QStringLiteral("✗ ") + sentence + QStringLiteral("：") + why);
            item->setData(Qt::UserRole, kFailed);
            item->setForeground(kBad);
        } else {
            item->setText(QStringLiteral("– ") + sentence + tr("（未进行）"));
            item->setData(Qt::UserRole, kNotRun);
            item->setForeground(kQuiet);
        }
    }
    if (!failed && !why.isEmpty()) {
        // A failure no single check owns (a full disk, an unreadable file).
        auto* item = new QListWidgetItem(QStringLiteral("✗ ") + tr("接收未完成：") + why, steps_);
        item->setData(Qt::UserRole, kFailed);
        item->setForeground(kBad);
    }
}

void OfficeWindow::showStepsFailedBy(std::exception_ptr error) {
    const QString code = errorCode(error);
    QString why = errorText(error);
    if (!code.isEmpty()) {
        why += QStringLiteral(" (%1)").arg(code);
    }
    const auto step = receiveStepFailedBy(code);
    std::size_t passed = 0;
    if (step) {
        while (kReceiveSteps[passed] != *step) {
            ++passed;
        }
    }
    showSteps(passed, step, why);
    status_->setText(
        tr("<b style='color:#b00020'>未接收</b>：报送包未通过核验，"
           "接收文件夹中没有写入任何内容。"));
}

void OfficeWindow::openBundleFile(const QString& bundlePath, const QString& outDir) {
    if (busy_) {
        return;
    }
    clearBundle();
    tabs_->setCurrentIndex(0);
    if (!QFileInfo(bundlePath).isFile()) {
        showSteps(0, ReceiveStep::Signature,
                  tr("找不到报送包“%1”").arg(QDir::toNativeSeparators(bundlePath)));
        status_->setText(tr("未接收：找不到报送包文件。"));
        return;
    }
    // Opened bundles hold people's personal data: a folder made here is the clerk's alone.
    const fs::path out(outDir.toStdString());
    std::error_code ec;
    if (!fs::exists(out, ec)) {
        if (fs::create_directories(out, ec)) {
            fs::permissions(out, fs::perms::owner_all, ec);
        }
        if (ec) {
            showSteps(0, std::nullopt,
                      tr("无法创建接收文件夹“%1”（%2）")
                          .arg(QDir::toNativeSeparators(outDir), fromStd(ec.message())));
            status_->setText(tr("未接收：请选择一个可写的接收文件夹。"));
            return;
        }
    }
    status_->setText(
        tr("正在核验并解密“%1”…").arg(QFileInfo(bundlePath).fileName().toHtmlEscaped()));
    setBusy(true);
    runInBackground<Received>(
        this,
        [vault = opened_, bundle = bundlePath.toStdString(), out = out.string()] {
            Received received{app::openBundle(vault->vault, bundle, out, app::actorFor("clerk")),
                              std::nullopt, QString()};
            try {
                received.submission = policy::parseSubmission(
                    app::readInputText(received.opened.folder + "/data/submission.json", 64u << 20,
                                       "file_submission"));
            } catch (...) {
                received.submissionProblem = errorText(std::current_exception());
            }
            return received;
        },
        [this](Received received) {
            try {
                showReceived(received);
            } catch (...) {
                status_->setText(tr("已接收，但无法显示结果：%1")
                                     .arg(errorText(std::current_exception()).toHtmlEscaped()));
            }
            refreshReceivedList();
            reviewPage_->refresh();
            setBusy(false);
        },
        [this](std::exception_ptr error) {
            showStepsFailedBy(error);
            setBusy(false);
        });
}

void OfficeWindow::showReceived(const Received& received) {
    const app::OpenedBundle& opened = received.opened;
    const app::VerifiedBundle& verified = opened.verified;
    std::size_t policyIndex = 0;
    while (kReceiveSteps[policyIndex] != ReceiveStep::Policy) {
        ++policyIndex;
    }
    showSteps(policyIndex, std::nullopt, QString());
    const int errors = static_cast<int>(opened.report.errorCount());
    const int warnings = static_cast<int>(opened.report.findings.size()) - errors;
    QListWidgetItem* policyItem = steps_->item(static_cast<int>(policyIndex));
    const QString sentence = receiveStepSentence(ReceiveStep::Policy);
    if (errors == 0) {
        policyItem->setText(
            QStringLiteral("✓ ") + sentence +
            (warnings == 0 ? tr("：未发现问题") : tr("：无错误，%n 条提示", nullptr, warnings)));
        policyItem->setData(Qt::UserRole, kPassed);
        policyItem->setForeground(kGood);
    } else {
        policyItem->setText(
            QStringLiteral("✗ ") + sentence +
            tr("：发现 %n 处错误（报送包已接收，见“政策复核结果”）", nullptr, errors));
        policyItem->setData(Qt::UserRole, kFailed);
        policyItem->setForeground(kBad);
    }

    unit_->setText(
        QStringLiteral("%1（%2）").arg(fromStd(verified.unitName), fromStd(verified.label.unitId)));
    const QString revision = tr("第 %1 版").arg(verified.label.revision);
    const QString before = verified.previousRevision
                               ? tr("此前已收到第 %1 版").arg(*verified.previousRevision)
                               : tr("首次收到");
    revision_->setText(tr("%1（%2）；活动 %3，封包时间 %4")
                           .arg(revision, before, fromStd(verified.label.campaign),
                                fromStd(app::localTime(verified.label.sealed))));
    // bundle-gm.md: a gm bundle is named by its SM3 in the statement the unit signed.
    profile_->setText(
        verified.profile == "gm"
            ? tr("国密（SM2、SM3、SM4）；SM3 %1").arg(fromStd(app::groupInFours(verified.sm3)))
            : tr("国际算法（age、minisign）"));
    sha256_->setText(fromStd(app::groupInFours(verified.sha256)));
    folder_->setText(QDir::toNativeSeparators(fromStd(opened.folder)));
    for (const app::Text& notice : opened.notices) {
        notices_->addItem(words(notice));
    }

    if (received.submission) {
        const auto& people = received.submission->candidates;
        candidates_->setRowCount(static_cast<int>(people.size()));
        for (std::size_t i = 0; i < people.size(); ++i) {
            const policy::Candidate& c = people[i];
            setRow(candidates_, static_cast<int>(i),
                   {fromStd(c.name), fromStd(c.gender), fromStd(c.birth), employerAndTitle(c)});
        }
        candidates_->resizeColumnsToContents();
    } else {
        notices_->addItem(tr("无法读出候选人名单：%1").arg(received.submissionProblem));
    }

    for (const auto& f : opened.report.findings) {
        const bool error = f.severity == policy::Severity::Error;
        QString who;
        if (f.candidate && received.submission &&
            *f.candidate < received.submission->candidates.size()) {
            who =
                tr("候选人 %1：").arg(fromStd(received.submission->candidates[*f.candidate].name));
        }
        auto* item =
            new QListWidgetItem((error ? tr("错误") : tr("提示")) +
                                    QStringLiteral(" [%1] ").arg(fromStd(f.code)) + who + saidIn(f),
                                recheck_);
        item->setData(Qt::UserRole, error ? QStringLiteral("error") : QStringLiteral("warning"));
        item->setForeground(error ? kBad : kQuiet);
    }
    if (opened.report.findings.empty()) {
        recheck_->addItem(tr("政策复核未发现问题。"));
    }
    status_->setText(
        (errors == 0 ? tr("<b style='color:#2e7d32'>已接收</b>：全部核验通过。")
                     : tr("<b style='color:#b00020'>已接收，但政策复核发现错误</b>，"
                          "请与报送单位核实。")) +
        tr("已解出到 %1").arg(QDir::toNativeSeparators(fromStd(opened.folder)).toHtmlEscaped()));
    statusBar()->showMessage(
        tr("已接收 %1 的第 %2 版").arg(fromStd(verified.unitName)).arg(verified.label.revision),
        8000);
}

void OfficeWindow::refreshReceivedList() {
    try {
        const auto received = app::latestReceived(opened_->vault);
        received_->setRowCount(static_cast<int>(received.size()));
        for (std::size_t i = 0; i < received.size(); ++i) {
            const app::ReceivedBundle& b = received[i].bundle;
            setRow(received_, static_cast<int>(i),
                   {fromStd(received[i].unitName), fromStd(b.unitId), fromStd(b.campaign),
                    QString::number(b.revision), fromStd(app::localTime(b.sealedAt)),
                    fromStd(app::localTime(b.receivedAt)), QString::number(b.policyErrors)});
        }
        received_->resizeColumnsToContents();
    } catch (...) {
        statusBar()->showMessage(
            tr("无法读出已接收的报送包：%1").arg(errorText(std::current_exception())));
    }
}

void OfficeWindow::chooseSummaryFile() {
    if (busy_) {
        return;
    }
    const QString xlsx = tr("Excel 工作簿 (*.xlsx)");
    const QString docx = tr("Word 文档 (*.docx)");
    QString filter = xlsx;
    // Never overwritten (writeOfficeSummary refuses), so the dialog must not offer to.
    QString path = QFileDialog::getSaveFileName(
        this, tr("导出汇总表"), QFileInfo(receiveFolder_).absoluteDir().filePath(tr("汇总表.xlsx")),
        xlsx + QStringLiteral(";;") + docx, &filter, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty()) {
        return;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QStringLiteral("xlsx") && suffix != QStringLiteral("docx")) {
        path += filter == docx ? QStringLiteral(".docx") : QStringLiteral(".xlsx");
    }
    exportSummary(path);
}

void OfficeWindow::exportSummary(const QString& path) {
    if (busy_) {
        return;
    }
    tabs_->setCurrentIndex(1);
    summary_->setText(tr("正在生成汇总表…"));
    setBusy(true);
    runInBackground<app::SummaryWritten>(
        this,
        [vault = opened_, out = path.toStdString()] {
            return app::writeOfficeSummary(vault->vault, out, app::actorFor("clerk"));
        },
        [this](app::SummaryWritten written) {
            QString text = tr("已写出汇总表 %1：%2 个单位，%3 名候选人")
                               .arg(QDir::toNativeSeparators(fromStd(written.path)))
                               .arg(written.units)
                               .arg(written.candidates);
            if (written.unitsWithPolicyErrors > 0) {
                text += tr("（其中 %1 个单位的政策复核有错误）").arg(written.unitsWithPolicyErrors);
            }
            summary_->setText(text);
            setBusy(false);
        },
        [this](std::exception_ptr error) {
            const QString code = errorCode(error);
            summary_->setText(tr("未能导出汇总表：%1").arg(errorText(error)) +
                              (code.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(code)));
            setBusy(false);
        });
}

}  // namespace baosong::gui
