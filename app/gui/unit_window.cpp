#include "unit_window.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileDialog>
#include <QInputDialog>
#include <QKeySequence>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>

#include "background_task.h"
#include "candidate_page.h"
#include "core/actor.h"
#include "core/content_scan.h"
#include "core/key_report.h"
#include "core/office_key_import.h"
#include "error_text.h"
#include "export_wizard.h"
#include "gui_settings.h"
#include "overview_page.h"
#include "policy/scan/scanner.h"
#include "review_page.h"
#include "submission_draft.h"

namespace baosong::gui {

UnitWindow::UnitWindow(app::OpenedVault opened, QWidget* parent)
    : QMainWindow(parent), opened_(std::move(opened)) {
    scanner_ = app::vaultScanner(opened_.vault);
    draft_ = std::make_unique<SubmissionDraft>(opened_.vault);
    setWindowTitle(tr("报送 baosong — %1").arg(QString::fromStdString(opened_.vault.path())));
    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("tabs"));
    overview_ = new OverviewPage(*draft_, tabs_);
    tabs_->addTab(overview_, tr("概览(&1)"));
    candidates_ = new CandidatePage(*draft_, *scanner_, tabs_);
    tabs_->addTab(candidates_, tr("推荐表(&2)"));
    review_ = new ReviewPage(*draft_, tabs_);
    tabs_->addTab(review_, tr("保密审查(&3)"));
    connect(review_, &ReviewPage::reviewChanged, overview_, &OverviewPage::setReviewState);
    // Open flags and the sign-off beside the rule errors from the start: a green "无" for
    // rule errors must not read as "ready" while flags are open.
    review_->announce();
    // A redaction or removal changed the stored text: the form shows the vault's again.
    connect(review_, &ReviewPage::textChanged, draft_.get(), &SubmissionDraft::reload);
    connect(draft_.get(), &SubmissionDraft::saved, review_, &ReviewPage::refresh);
    setCentralWidget(tabs_);
    connect(overview_, &OverviewPage::addCandidate, this, &UnitWindow::addCandidate);
    connect(overview_, &OverviewPage::removeCandidate, this, &UnitWindow::removeCandidate);
    connect(overview_, &OverviewPage::candidateChosen, this, &UnitWindow::showCandidate);
    connect(tabs_, &QTabWidget::currentChanged, this, &UnitWindow::changeTab);
    buildMenus();
    if (!opened_.audit.intact) {
        statusBar()->showMessage(tr("警告：审计记录链不完整"));
    }
    resize(1100, 800);
}

UnitWindow::~UnitWindow() = default;

void UnitWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("文件(&F)"));
    QAction* save = file->addAction(tr("保存(&S)"), this, &UnitWindow::save);
    save->setShortcut(QKeySequence::Save);
    QAction* lock = file->addAction(tr("锁定(&L)"), this, &UnitWindow::lockRequested);
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lock->setObjectName(QStringLiteral("lockAction"));
    file->addSeparator();
    file->addAction(tr("退出(&Q)"), QKeySequence::Quit, this, &QWidget::close);
    QMenu* send = menuBar()->addMenu(tr("报送(&E)"));
    QAction* exportAction = send->addAction(tr("导出报送包…"), this, &UnitWindow::openExportWizard);
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    send->addSeparator();
    send->addAction(tr("导入国防科工办公钥…"), this, &UnitWindow::importOfficeKeys);
    send->addAction(tr("生成报送密钥登记表…"), this, &UnitWindow::writeEnrolment);
    QMenu* settings = menuBar()->addMenu(tr("设置(&T)"));
    settings->addAction(tr("自动锁定时间…"), this, &UnitWindow::chooseAutoLock);
    QMenu* language = settings->addMenu(tr("界面语言 / Language"));
    for (const auto& [code, name] : {std::pair{"zh_CN", "中文"}, std::pair{"en", "English"}}) {
        QAction* action = language->addAction(QString::fromUtf8(name));
        action->setCheckable(true);
        action->setChecked(GuiSettings::get(Setting::Language).toString() == QLatin1String(code));
        connect(action, &QAction::triggered, this, [this, code = code] {
            GuiSettings::set(Setting::Language, QString::fromLatin1(code));
            QMessageBox::information(
                this, tr("界面语言"),
                tr("重新启动 baosong-gui 后生效。\nTakes effect when baosong-gui starts again."));
        });
    }
}

void UnitWindow::save() {
    if (guarded(this, tr("保存失败"), [this] { draft_->save(app::actorFor("officer")); })) {
        statusBar()->showMessage(tr("已保存到保险库"), 4000);
    }
}

QString UnitWindow::lock() {
    review_->dropReviewerKey();
    if (!draft_->dirty()) {
        return {};
    }
    try {
        draft_->save(app::actorFor("officer"));
        return tr("锁定前已把未保存的修改存入保险库。");
    } catch (...) {
        return tr("锁定前未能保存修改（%1）；这些修改已丢弃，保险库保持上次保存的内容。")
            .arg(errorText(std::current_exception()));
    }
}

void UnitWindow::closeEvent(QCloseEvent* event) {
    if (backgroundJobs() > 0) {
        // A reading of a chosen file's words runs its dialog inside a method of this window
        // (words_reading.cpp), and a seal or a derivation uses its vault: closing now (a
        // session ending closes every window) would delete the window under them.
        statusBar()->showMessage(tr("正在处理，完成后才能关闭"), 4000);
        event->ignore();
        return;
    }
    if (draft_->dirty()) {
        const auto answer = QMessageBox::question(
            this, tr("未保存的修改"), tr("有未保存的修改。保存到保险库后退出吗？"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel) {
            event->ignore();
            return;
        }
        if (answer == QMessageBox::Save &&
            !guarded(this, tr("保存失败"), [this] { draft_->save(app::actorFor("officer")); })) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

void UnitWindow::addCandidate() {
    // A new, blank form shows its findings field by field as the officer leaves them.
    draft_->shownFindings().quiet(draft_->submission().candidates.size());
    draft_->edit([](policy::Submission& s) { s.candidates.emplace_back(); });
    showCandidate(static_cast<int>(draft_->submission().candidates.size()) - 1);
}

void UnitWindow::removeCandidate(int index) {
    const auto& c = draft_->submission().candidates.at(static_cast<std::size_t>(index));
    if (QMessageBox::question(this, tr("删除候选人"),
                              tr("从本次报送中删除“%1”的推荐表？保存后不可恢复。")
                                  .arg(QString::fromStdString(c.name))) != QMessageBox::Yes) {
        return;
    }
    draft_->edit(
        [index](policy::Submission& s) { s.candidates.erase(s.candidates.begin() + index); });
    draft_->shownFindings().removed(static_cast<std::size_t>(index));
}

void UnitWindow::showCandidate(int index) {
    tabs_->setCurrentWidget(candidates_);
    candidates_->showCandidate(index);
}

void UnitWindow::openExportWizard() {
    if (draft_->dirty() &&
        !guarded(this, tr("保存失败"), [this] { draft_->save(app::actorFor("officer")); })) {
        return;
    }
    // Window-modal but not a nested event loop: locking may close the window under it.
    auto* wizard = new ExportWizard(*draft_, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ExportWizard::bundleSealed, review_, &ReviewPage::refresh);
    wizard->open();
}

void UnitWindow::importOfficeKeys() {
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("选择国防科工办公钥所在的文件夹（office.recipient 与 office-grant.pub，"
                 "国密为 office.pub.pem 与 office-grant.pub.pem）"));
    if (dir.isEmpty()) {
        return;
    }
    app::ImportedOfficeKeys keys;
    if (!guarded(this, tr("导入公钥失败"), [&] {
            keys =
                app::importOfficeKeys(opened_.vault, dir.toStdString(), app::actorFor("officer"));
        })) {
        return;
    }
    if (keys.profile == "gm") {
        // bundle-gm.md "Keys and fingerprints": SM3 fingerprints of SM2 keys, no key id.
        app::KeyFingerprint receive;
        receive.fingerprint = keys.recipient;
        QMessageBox::information(
            this, tr("已导入国防科工办公钥（国密）"),
            tr("请与国防科工办打印下发的公钥单逐字核对：\n\n接收公钥指纹（SM3）：\n%1\n\n"
               "名额授权密钥指纹（SM3）：\n%2\n\n不一致时不要报送，并电话联系国防科工办科技信息处。"
               "本单位此后按国密（SM2、SM3、SM4）封包；请保密审查员重新签署。")
                .arg(QString::fromStdString(app::fingerprintOnTwoLines(receive)),
                     QString::fromStdString(app::fingerprintOnTwoLines(keys.grantKey))));
    } else {
        QMessageBox::information(
            this, tr("已导入国防科工办公钥"),
            tr("请与国防科工办打印下发的公钥单逐字核对：\n\n收件公钥：\n%"
               "1\n\n名额授权密钥指纹（SHA-"
               "256）：\n%2\n"
               "（密钥 ID %3 仅作标签）\n\n不一致时不要报送，并电话联系国防科工办科技信息处。")
                .arg(QString::fromStdString(app::groupInFours(keys.recipient)),
                     QString::fromStdString(app::fingerprintOnTwoLines(keys.grantKey)),
                     QString::fromStdString(keys.grantKey.keyId)));
    }
    review_->refresh();
}

void UnitWindow::writeEnrolment() {
    const QString out = QFileDialog::getSaveFileName(
        this, tr("报送密钥登记表保存为（同时生成 .json 与 .pdf）"), tr("报送密钥登记表"));
    if (out.isEmpty()) {
        return;
    }
    std::string written;
    app::KeyReport keys;
    if (guarded(this, tr("生成登记表失败"), [&] {
            written =
                app::writeEnrolment(opened_.vault, out.toStdString(), app::actorFor("officer"));
            keys = app::keyReport(opened_.vault);
        })) {
        QMessageBox::information(
            this, tr("登记表已生成"),
            tr("已写出 %1 及其 PDF。打印 "
               "PDF，由单位负责人和保密审查员签字盖章后，连同文件一起报国防科工办登记。\n\n"
               "登记时科技信息处会核对以下指纹（与 PDF 上的相同）：\n\n"
               "单位签名密钥指纹（%4）：\n%2\n\n保密审查员密钥指纹（%4）：\n%3")
                .arg(QString::fromStdString(written),
                     QString::fromStdString(app::fingerprintOnTwoLines(keys.unit.key)),
                     QString::fromStdString(app::fingerprintOnTwoLines(keys.reviewer.key)),
                     QString::fromStdString(keys.unit.key.hash)));
    }
}

void UnitWindow::changeTab(int index) {
    if (tabs_->widget(index) == review_) {
        review_->refresh();
    }
}

void UnitWindow::chooseAutoLock() {
    bool ok = false;
    const int minutes =
        QInputDialog::getInt(this, tr("自动锁定"), tr("无键盘鼠标操作多少分钟后自动锁定："),
                             GuiSettings::autoLockMinutes(), 1, 120, 1, &ok);
    if (ok) {
        GuiSettings::set(Setting::AutoLockMinutes, minutes);
        emit autoLockChanged();
    }
}

}  // namespace baosong::gui
