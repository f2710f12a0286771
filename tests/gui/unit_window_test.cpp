// The officer's window driven through its real widgets: a policy finding appears under the
// field it names and goes when the field is fixed, the findings panel jumps to the field,
// photos come in with their metadata named and stripped, a designation typed into a long
// text is highlighted at once, and the controller locks after a short idle.

#include "gui/unit_window.h"

#include <gtest/gtest.h>

#include <QtTest/qtestspontaneevent.h>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>

#include "base/shown_time.h"
#include "core/content_scan.h"
#include "core/export_payload.h"
#include "core/key_report.h"
#include "core/office_admin.h"
#include "core/office_key_import.h"
#include "core/review_workflow.h"
#include "core/signed_rules.h"
#include "core/submission_edit.h"
#include "core/submission_import.h"
#include "gui/app_controller.h"
#include "gui/attachment_list.h"
#include "gui/candidate_form.h"
#include "gui/candidate_page.h"
#include "gui/findings_panel.h"
#include "gui/gui_settings.h"
#include "gui/long_text_edit.h"
#include "gui/office_window.h"
#include "gui/overview_page.h"
#include "gui/passphrase_field.h"
#include "gui/photo_panel.h"
#include "gui/review_page.h"
#include "gui/scan_highlighter.h"
#include "gui/stamped_panel.h"
#include "gui/submission_draft.h"
#include "intake/jpeg_metadata.h"
#include "intake/pdf_metadata.h"
#include "policy/rule_set.h"
#include "store/submission_store.h"
#include "support/cli_runner.h"
#include "support/document_maker.h"
#include "support/gui_test_support.h"
#include "support/jpeg_maker.h"
#include "support/pdf_maker.h"
#include "support/temp_dir.h"
#include "support/vault_fixture.h"

namespace baosong::test {
namespace {
using gui::UnitWindow;

struct UnitWindowTest : ::testing::Test {
    TempDir dir;
    std::string path = dir / "unit.vault";
    std::unique_ptr<UnitWindow> window;

    void SetUp() override {
        app::Vault vault = makeVault(path);
        const std::string json = writeSealableSubmission(dir / "in", 200000);
        app::importSubmission(vault, json, "officer:test");
    }
    void open() {
        app::OpenedVault opened = app::openVault(
            path, [] { return secret(kVaultPassphrase); }, app::Access::Change);
        window = std::make_unique<UnitWindow>(std::move(opened));
        window->show();
    }
    gui::CandidateForm* form() { return window->candidatePage()->form(); }
    void checked() { window->draft().checkNow(); }
};

// Opening, saving without a change, locking and quitting write nothing: the vault's bytes
// and the reviewer's sign-off stay as they were (the form used to mark itself edited on
// open, and every save voided the sign-off). A real edit voids it, shown with its cause;
// typing the old value back and saving makes it cover the content again.
TEST_F(UnitWindowTest, OpeningSavingUnchangedAndLockingWriteNothing) {
    {
        app::Vault vault = openVault(path);
        reviewAndSignOff(vault);
    }
    const std::string before = readFile(path);
    open();
    QCoreApplication::processEvents();
    EXPECT_FALSE(window->draft().dirty()) << "the form marked itself edited on opening";
    window->draft().save("officer:test");
    EXPECT_EQ(window->lock(), QString());
    window.reset();
    EXPECT_EQ(readFile(path), before) << "opening, saving unchanged or locking wrote";
    {
        app::Vault vault = openVault(path);
        EXPECT_TRUE(app::signOffHolds(vault));
    }

    open();
    const std::string specialty = window->draft().submission().candidates[0].specialty;
    window->draft().edit([](policy::Submission& s) { s.candidates[0].specialty += "。"; });
    window->draft().save("officer:test");
    auto status = app::signOffStatus(window->draft().vault());
    EXPECT_EQ(status.state, app::SignOffStatus::State::Void);
    EXPECT_EQ(status.voidedCause, "vault.edit");
    EXPECT_FALSE(status.voidedAt.empty());
    // Shown as void, with its cause and time, on the review tab and on the overview: never
    // as if no one had signed.
    const QString voidState = child<QLabel>(window->reviewPage(), "signOffState")->text();
    EXPECT_TRUE(voidState.contains(QStringLiteral("【审查签署已失效】")))
        << voidState.toStdString();
    EXPECT_TRUE(voidState.contains(QStringLiteral("修改了报送材料"))) << voidState.toStdString();
    // The time as people read it, in the machine's zone (base/shown_time.h), not raw UTC.
    EXPECT_TRUE(voidState.contains(QString::fromStdString(app::localTime(status.voidedAt))))
        << voidState.toStdString();
    EXPECT_FALSE(voidState.contains(QString::fromStdString(status.voidedAt)))
        << voidState.toStdString();
    const QString overviewState = child<QLabel>(window.get(), "reviewState")->text();
    EXPECT_TRUE(overviewState.contains(QStringLiteral("【审查签署已失效】")))
        << overviewState.toStdString();
    window->draft().edit([&](policy::Submission& s) { s.candidates[0].specialty = specialty; });
    window->draft().save("officer:test");
    EXPECT_TRUE(app::signOffHolds(window->draft().vault())) << "the content is as signed again";
}

TEST_F(UnitWindowTest, FindingAppearsUnderTheFieldAndGoesWhenFixed) {
    open();
    window->candidatePage()->showCandidate(0);
    checked();
    EXPECT_TRUE(form()->fieldProblem("birth").isEmpty())
        << form()->fieldProblem("birth").toStdString();
    auto* birth = qobject_cast<QLineEdit*>(form()->fieldWidget("birth"));
    ASSERT_NE(birth, nullptr);
    const QString good = birth->text();
    birth->selectAll();
    typeInto(birth, QStringLiteral("1980-13"));
    ASSERT_TRUE(waitFor([&] { return !form()->fieldProblem("birth").isEmpty(); }));
    EXPECT_TRUE(form()->fieldProblem("birth").contains(QStringLiteral("出生年月")));
    EXPECT_TRUE(window->draft().dirty());

    // The findings panel lists it; activating it puts the cursor in the field.
    window->candidatePage()->showCandidate(-1);
    auto* panel = window->candidatePage()->findings();
    QListWidgetItem* item = nullptr;
    for (int i = 0; i < panel->count(); ++i) {
        if (panel->item(i)->text().contains(QStringLiteral("出生年月"))) {
            item = panel->item(i);
        }
    }
    ASSERT_NE(item, nullptr);
    emit panel->itemActivated(item);
    EXPECT_EQ(window->candidatePage()->form()->candidate(), 0);
    EXPECT_EQ(QApplication::focusWidget() == birth || window->focusWidget() == birth, true);

    birth->selectAll();
    typeInto(birth, good);
    ASSERT_TRUE(waitFor([&] { return form()->fieldProblem("birth").isEmpty(); }));
}

// A wheel turn as the window system delivers it (spontaneous, so Qt passes it on to the
// widgets around when the one under the pointer does not take it).
void turnWheel(QWidget* under, int notches) {
    const QPointF at(under->width() / 2.0, under->height() / 2.0);
    QWheelEvent wheel(at, under->mapToGlobal(at), QPoint(), QPoint(0, -120 * notches), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    // As QTest sends its key events: notify() directly, since sendEvent() would clear the
    // spontaneous mark.
    QSpontaneKeyEvent::setSpontaneous(&wheel);
    qApp->notify(under, &wheel);
}

// Rolling the wheel down the form over 性别, 政治面貌 and 人员身份 scrolls the form and
// changes none of them; a drop-down the officer has clicked or tabbed into still steps.
TEST_F(UnitWindowTest, WheelOverTheFormScrollsItAndChangesNoChoice) {
    open();
    window->resize(1280, 800);
    window->candidatePage()->showCandidate(0);
    QCoreApplication::processEvents();
    QScrollBar* scroll = form()->verticalScrollBar();
    ASSERT_GT(scroll->maximum(), 0) << "the form should be longer than the window";
    for (const char* key : {"gender", "political_status", "identity"}) {
        auto* combo = qobject_cast<QComboBox*>(form()->fieldWidget(key));
        ASSERT_NE(combo, nullptr) << key;
        form()->ensureWidgetVisible(combo);
        QCoreApplication::processEvents();
        const int index = combo->currentIndex();
        const int scrolled = scroll->value();
        turnWheel(combo, scrolled == scroll->maximum() ? -1 : 1);
        QCoreApplication::processEvents();
        EXPECT_EQ(combo->currentIndex(), index) << key << " changed under the wheel";
        EXPECT_FALSE(combo->hasFocus()) << key << " took the focus from the wheel";
        EXPECT_NE(scroll->value(), scrolled) << key << ": the form did not scroll";
    }
    EXPECT_FALSE(window->draft().dirty());

    auto* gender = qobject_cast<QComboBox*>(form()->fieldWidget("gender"));
    form()->ensureWidgetVisible(gender);
    gender->setFocus(Qt::TabFocusReason);
    const int index = gender->currentIndex();
    turnWheel(gender, index + 1 < gender->count() ? 1 : -1);
    EXPECT_NE(gender->currentIndex(), index) << "a focused drop-down no longer steps";
}

// The same for spin boxes and date fields, wherever they are.
TEST(WheelGuard, SpinBoxAndDateFieldStepOnlyOnceChosen) {
    QScrollArea area;
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* spin = new QSpinBox;
    spin->setRange(1, 99);
    spin->setValue(5);
    auto* date = new QDateEdit(QDate(2023, 7, 10));
    layout->addWidget(spin);
    layout->addWidget(date);
    layout->addSpacing(3000);
    area.setWidget(page);
    area.resize(400, 300);
    area.show();
    QCoreApplication::processEvents();
    spin->clearFocus();  // a new window gives its first field the focus
    ASSERT_EQ(QApplication::focusWidget(), nullptr);
    turnWheel(spin, 1);
    turnWheel(date, 1);
    turnWheel(spin->findChild<QLineEdit*>(), 1);  // over the text inside the box
    EXPECT_EQ(spin->value(), 5);
    EXPECT_EQ(date->date(), QDate(2023, 7, 10));
    EXPECT_GT(area.verticalScrollBar()->value(), 0) << "the page did not scroll";
    spin->setFocus(Qt::MouseFocusReason);
    turnWheel(spin, -1);
    EXPECT_NE(spin->value(), 5) << "a chosen spin box no longer steps";
}

// A new, blank candidate does not open covered in red: a field shows its findings once the
// officer has left it, the panel counts the rest on one line, and asking for them there
// (a double-click) shows them all.
TEST_F(UnitWindowTest, ANewCandidateShowsFindingsFieldByFieldAsTheyAreLeft) {
    open();
    window->resize(1280, 800);
    child<QPushButton>(window.get(), "addCandidate")->click();
    const std::size_t added = window->draft().submission().candidates.size() - 1;
    checked();
    QCoreApplication::processEvents();
    ASSERT_EQ(form()->candidate(), static_cast<int>(added));
    std::size_t errors = 0;
    for (const policy::Finding& f : window->draft().report().findings) {
        errors += f.candidate == added && f.severity == policy::Severity::Error ? 1U : 0U;
    }
    ASSERT_GE(errors, 10u) << "a blank form has many findings to hold back";
    for (const char* key : {"name", "gender", "employer", "deeds"}) {
        EXPECT_TRUE(form()->fieldProblem(key).isEmpty())
            << key << ": " << form()->fieldProblem(key).toStdString();
    }
    auto* panel = window->candidatePage()->findings();
    QListWidgetItem* held = nullptr;
    for (int i = 0; i < panel->count(); ++i) {
        if (panel->item(i)->text().contains(QStringLiteral("离开各栏后逐项显示"))) {
            held = panel->item(i);
        }
    }
    ASSERT_NE(held, nullptr);
    EXPECT_TRUE(held->text().contains(QString::number(errors))) << held->text().toStdString();

    // The officer enters 姓名 and leaves it empty: its finding shows, the others still wait.
    auto* name = qobject_cast<QLineEdit*>(form()->fieldWidget("name"));
    ASSERT_NE(name, nullptr);
    form()->ensureWidgetVisible(name);
    QTest::mouseClick(name, Qt::LeftButton);
    ASSERT_TRUE(name->hasFocus());
    QTest::keyClick(name, Qt::Key_Tab);
    ASSERT_TRUE(waitFor([&] { return !form()->fieldProblem("name").isEmpty(); }));
    EXPECT_TRUE(form()->fieldProblem("employer").isEmpty());

    // Asked for, all show.
    for (int i = 0; i < panel->count(); ++i) {
        if (panel->item(i)->text().contains(QStringLiteral("离开各栏后逐项显示"))) {
            held = panel->item(i);
        }
    }
    emit panel->itemActivated(held);
    EXPECT_FALSE(form()->fieldProblem("employer").isEmpty());
    for (int i = 0; i < panel->count(); ++i) {
        EXPECT_FALSE(panel->item(i)->text().contains(QStringLiteral("离开各栏后逐项显示")));
    }
    // Stories are named in one style, as everywhere else.
    QStringList labels;
    for (const QLabel* label : form()->findChildren<QLabel*>()) {
        labels << label->text();
    }
    EXPECT_TRUE(labels.contains(QStringLiteral("感人故事一："))) << labels.join(u'|').toStdString();
    EXPECT_TRUE(labels.contains(QStringLiteral("感人故事二（可不填）：")));
    // The form's own button asks for them too, for another new candidate.
    child<QPushButton>(window.get(), "addCandidate")->click();
    checked();
    EXPECT_TRUE(form()->fieldProblem("employer").isEmpty());
    child<QPushButton>(window.get(), "showAllFindings")->click();
    EXPECT_FALSE(form()->fieldProblem("employer").isEmpty());
    // A candidate read from the vault shows its findings at once, as before.
    window->candidatePage()->showCandidate(0);
    EXPECT_FALSE(window->draft().shownFindings().isQuiet(0));
}

TEST_F(UnitWindowTest, EmptyRequiredFieldIsNamedAndSavingKeepsTheEdit) {
    open();
    window->candidatePage()->showCandidate(0);
    auto* employer = qobject_cast<QLineEdit*>(form()->fieldWidget("employer"));
    ASSERT_NE(employer, nullptr);
    employer->selectAll();
    QTest::keyClick(employer, Qt::Key_Delete);
    ASSERT_TRUE(waitFor(
        [&] { return form()->fieldProblem("employer").contains(QStringLiteral("工作单位")); }));
    typeInto(employer, QStringLiteral("内蒙古第一机械集团有限公司"));
    window->draft().save("officer:test");
    EXPECT_FALSE(window->draft().dirty());
    window.reset();
    app::Vault vault = openVault(path);
    EXPECT_EQ(app::SubmissionStore(vault.db()).load()->candidates.at(0).employer,
              "内蒙古第一机械集团有限公司");
}

TEST_F(UnitWindowTest, PhotoImportNamesAndStripsItsGpsPosition) {
    open();
    window->candidatePage()->showCandidate(0);
    const auto bytes = withMetadata(idPhoto(7));
    writeFile(dir / "camera.jpg", std::string(bytes.begin(), bytes.end()));
    auto* photos = window->findChild<gui::PhotoPanel*>(QStringLiteral("photo"));
    ASSERT_NE(photos, nullptr);
    ASSERT_TRUE(photos->addPhoto(QString::fromStdString(dir / "camera.jpg"), true));
    EXPECT_TRUE(photos->details().contains(QStringLiteral("GPS")))
        << photos->details().toStdString();
    EXPECT_TRUE(photos->details().contains(QStringLiteral("_证件照.jpg")));
    const std::string stored = window->draft().submission().candidates[0].photo;
    window->draft().save("officer:test");
    window.reset();
    app::Vault vault = openVault(path);
    const auto kept = app::SubmissionStore(vault.db()).fileContents(stored);
    EXPECT_FALSE(app::intake::stripJpegMetadata(kept).removed.any());
    EXPECT_EQ(kept, idPhoto(7));
}

TEST_F(UnitWindowTest, NonJpegIsRefusedWithAReason) {
    open();
    window->candidatePage()->showCandidate(0);
    writeFile(dir / "scan.png", "\x89PNG\r\n\x1a\n not really");
    auto* photos = window->findChild<gui::PhotoPanel*>(QStringLiteral("photo"));
    const auto before = window->draft().submission();
    EXPECT_FALSE(photos->addPhoto(QString::fromStdString(dir / "scan.png"), true));
    EXPECT_TRUE(window->findChild<QLabel*>(QStringLiteral("photoRefusal"))
                    ->text()
                    .contains(QStringLiteral("JPEG")));
    EXPECT_EQ(window->draft().submission(), before);
}

TEST_F(UnitWindowTest, DesignationTypedIntoDeedsIsHighlightedAtOnce) {
    open();
    window->candidatePage()->showCandidate(0);
    auto* deeds = qobject_cast<gui::LongTextEdit*>(form()->fieldWidget("deeds"));
    ASSERT_NE(deeds, nullptr);
    const int before = deeds->highlighter()->flagCount();
    QPlainTextEdit* editor = deeds->editor();
    editor->moveCursor(QTextCursor::End);
    typeInto(editor, QStringLiteral("\n曾赴97621部队开展试验。"));
    const int after = deeds->highlighter()->flagCount();
    EXPECT_GT(after, before);
    const auto at =
        static_cast<int>(editor->toPlainText().lastIndexOf(QStringLiteral("97621"))) + 1;
    const auto flags = deeds->highlighter()->flagsAt(at);
    ASSERT_FALSE(flags.empty());
    EXPECT_EQ(flags[0].category, "MILITARY_UNIT");
    EXPECT_EQ(flags[0].text, "97621部队");
}

TEST_F(UnitWindowTest, OverviewShowsQuotaAndYouth) {
    open();
    checked();
    auto* quota = window->findChild<QLabel*>(QStringLiteral("quota"));
    auto* youth = window->findChild<QLabel*>(QStringLiteral("youth"));
    ASSERT_NE(quota, nullptr);
    const auto n = window->draft().submission().candidates.size();
    EXPECT_TRUE(quota->text().contains(QStringLiteral("%1 / 3").arg(n)))
        << quota->text().toStdString();
    EXPECT_TRUE(youth->text().contains(QStringLiteral("满足")));
}

// At 1280×800 the review page's lists keep every column's start on screen, and the
// photos' status before their long metadata summary (it was pushed off to the right).
TEST_F(UnitWindowTest, ReviewListsFitAt1280By800) {
    open();
    window->resize(1280, 800);
    window->findChild<QTabWidget*>(QStringLiteral("tabs"))->setCurrentWidget(window->reviewPage());
    QCoreApplication::processEvents();
    for (const char* name : {"flags", "items"}) {
        auto* list = child<QTreeWidget>(window->reviewPage(), name);
        const int visible = list->viewport()->width();
        for (int column = 0; column < list->columnCount(); ++column) {
            EXPECT_LT(list->header()->sectionViewportPosition(column), visible)
                << name << " column " << column << " starts off screen";
        }
    }
    auto* items = child<QTreeWidget>(window->reviewPage(), "items");
    const int status = 3;
    EXPECT_EQ(items->headerItem()->text(status), QStringLiteral("状态"));
    EXPECT_LE(
        items->header()->sectionViewportPosition(status) + items->header()->sectionSize(status),
        items->viewport()->width())
        << "the status column is cut off";
}

// The overview shows open flags and the review's state beside the rule errors from the
// moment the window opens, without a visit to the 保密审查 tab: a green "无" for rule errors
// must not read as "ready" while a flag is open.
TEST_F(UnitWindowTest, OverviewShowsOpenFlagsAndTheReviewFromTheStart) {
    {
        app::Vault vault = openVault(path);
        policy::Submission s = *app::SubmissionStore(vault.db()).load();
        s.candidates[0].deeds += "他曾赴97621部队参与试验。";
        app::saveSubmission(vault, s, {}, "officer:test");
    }
    open();
    QCoreApplication::processEvents();
    ASSERT_FALSE(window->reviewPage()->isVisible()) << "the review tab must not have been shown";
    const QString flags = child<QLabel>(window.get(), "openFlags")->text();
    EXPECT_TRUE(flags.contains(QStringLiteral("1 处待审查员处理"))) << flags.toStdString();
    const QString review = child<QLabel>(window.get(), "reviewState")->text();
    EXPECT_TRUE(review.contains(QStringLiteral("未完成"))) << review.toStdString();
    EXPECT_FALSE(review.contains(QStringLiteral("进入"))) << review.toStdString();
}

// Starts controller on the vault at path and unlocks it through the dialog, as a person would.
void unlockThrough(gui::AppController& controller, const std::string& path) {
    controller.setVaultPath(QString::fromStdString(path));
    controller.start();
    typeInto(child<gui::PassphraseField>(controller.unlockDialog(), "passphrase"),
             QString::fromUtf8(kVaultPassphrase));
    child<QPushButton>(controller.unlockDialog(), "unlock")->click();
    ASSERT_TRUE(waitFor([&] { return controller.window() != nullptr; }));
}

TEST(AutoLockTest, IdleLocksAndWipesTheWindow) {
    TempDir dir;
    const std::string path = dir / "unit.vault";
    makeVault(path);
    gui::GuiSettings::set(gui::Setting::LastVault, QString::fromStdString(path));
    gui::AppController controller(gui::VaultRole::Unit);
    controller.start();
    gui::UnlockDialog* dialog = controller.unlockDialog();
    ASSERT_NE(dialog, nullptr);
    typeInto(child<gui::PassphraseField>(dialog, "passphrase"),
             QString::fromUtf8(kVaultPassphrase));
    child<QPushButton>(dialog, "unlock")->click();
    ASSERT_TRUE(waitFor([&] { return controller.window() != nullptr; }));
    QPointer<QMainWindow> window = controller.window();
    controller.inactivity().setInterval(300);
    controller.inactivity().start();
    ASSERT_TRUE(waitFor([&] { return window.isNull(); }, 5000));
    ASSERT_NE(controller.unlockDialog(), nullptr);
    EXPECT_TRUE(controller.unlockDialog()->isVisible());
    EXPECT_TRUE(child<QLabel>(controller.unlockDialog(), "message")
                    ->text()
                    .contains(QStringLiteral("已锁定")));
}

TEST(AutoLockTest, CtrlLLocksAtOnce) {
    TempDir dir;
    const std::string path = dir / "unit.vault";
    makeVault(path);
    gui::AppController controller(gui::VaultRole::Unit);
    unlockThrough(controller, path);
    ASSERT_NE(controller.window(), nullptr);
    QPointer<QMainWindow> window = controller.window();
    auto* lock = window->findChild<QAction*>(QStringLiteral("lockAction"));
    ASSERT_NE(lock, nullptr);
    EXPECT_EQ(lock->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
    lock->trigger();
    ASSERT_TRUE(waitFor([&] { return window.isNull(); }, 5000));
}

// Clicks 文件 → 锁定 in the open menu, as a person does, and waits for the window to go.
void lockFromFileMenu(QMainWindow* window) {
    QPointer<QMainWindow> watched = window;
    auto* lock = window->findChild<QAction*>(QStringLiteral("lockAction"));
    ASSERT_NE(lock, nullptr);
    QMenu* file = nullptr;
    for (QAction* top : window->menuBar()->actions()) {
        if (top->menu() != nullptr && top->menu()->actions().contains(lock)) {
            file = top->menu();
        }
    }
    ASSERT_NE(file, nullptr);
    window->activateWindow();
    window->menuBar()->setActiveAction(file->menuAction());  // opens the menu
    ASSERT_TRUE(waitFor([&] { return file->isVisible(); }, 5000));
    const QPoint at = file->actionGeometry(lock).center();
    QTest::mouseMove(file, at);
    QTest::mouseClick(file, Qt::LeftButton, {}, at);
    ASSERT_TRUE(waitFor([&] { return watched.isNull(); }, 5000));
}

// 文件 → 锁定 from the open menu: the window that owns the menu goes while the menu is still
// handling the click (this aborted with heap corruption, the menu deleted inside its own
// mouse handler). Twice, so a second unlock and lock through the same path holds too. The
// office window's menu: AppControllerTest.OfficeRoleOpensTheOfficeWindowAndLocks.
TEST(AutoLockTest, LockFromTheFileMenuLocks) {
    TempDir dir;
    const std::string path = dir / "unit.vault";
    makeVault(path);
    gui::AppController controller(gui::VaultRole::Unit);
    unlockThrough(controller, path);
    lockFromFileMenu(controller.window());
    ASSERT_NE(controller.unlockDialog(), nullptr);
    EXPECT_TRUE(controller.unlockDialog()->isVisible());
    typeInto(child<gui::PassphraseField>(controller.unlockDialog(), "passphrase"),
             QString::fromUtf8(kVaultPassphrase));
    child<QPushButton>(controller.unlockDialog(), "unlock")->click();
    ASSERT_TRUE(waitFor([&] { return controller.window() != nullptr; }));
    lockFromFileMenu(controller.window());
    EXPECT_TRUE(controller.unlockDialog()->isVisible());
}

// One writer per vault (store/vault_writer_lock.h): from unlock until lock the desktop app
// holds its vault; `vault import` from a terminal meanwhile exits 3 and changes nothing
// (it used to succeed, and the next save in the window silently overwrote it); a second
// window is refused with the reason; after the lock, the terminal may write again.
TEST(AppControllerTest, AnUnlockedVaultHasOneWriter) {
    TempDir dir;
    const std::string path = dir / "unit.vault";
    std::filesystem::create_directories(dir.path() / "in");
    const std::string source = writeExampleSubmission(dir / "in", 1000);
    makeVault(path);
    gui::AppController controller(gui::VaultRole::Unit);
    unlockThrough(controller, path);
    const std::string before = readFile(path);
    const auto refused = runCli({"vault", "import", path, source});
    EXPECT_EQ(refused.exitCode, 3) << refused.err;
    EXPECT_NE(refused.err.find("[vault_busy]"), std::string::npos) << refused.err;
    EXPECT_EQ(readFile(path), before);

    gui::AppController second(gui::VaultRole::Unit);
    second.setVaultPath(QString::fromStdString(path));
    second.start();
    typeInto(child<gui::PassphraseField>(second.unlockDialog(), "passphrase"),
             QString::fromUtf8(kVaultPassphrase));
    child<QPushButton>(second.unlockDialog(), "unlock")->click();
    auto* said = child<QLabel>(second.unlockDialog(), "message");
    ASSERT_TRUE(waitFor([&] { return said->text().contains(QStringLiteral("另一个程序")); }))
        << said->text().toStdString();
    EXPECT_EQ(second.window(), nullptr);
    EXPECT_EQ(readFile(path), before);

    QPointer<QMainWindow> window = controller.window();
    controller.lock();
    ASSERT_TRUE(waitFor([&] { return window.isNull(); }));
    const auto imported = runCli({"vault", "import", path, source});
    EXPECT_EQ(imported.exitCode, 0) << imported.err;
}

// A vault whose stored submission no longer parses (damaged, or written by a newer baosong)
// unlocks, but its window cannot be built: the unlock dialog comes back saying why, and no
// exception leaves the controller's slot (STYLE.md 5).
TEST(AppControllerTest, AWindowThatCannotBeBuiltLocksAgainAndSaysWhy) {
    TempDir dir;
    const std::string path = dir / "unit.vault";
    {
        app::Vault vault = makeVault(path);
        vault.db().exec("INSERT INTO submission(id, body) VALUES(1, '{\"format\":1}')");
    }
    gui::AppController controller(gui::VaultRole::Unit);
    controller.setVaultPath(QString::fromStdString(path));
    controller.start();
    QPointer<gui::UnlockDialog> first = controller.unlockDialog();
    typeInto(child<gui::PassphraseField>(first, "passphrase"), QString::fromUtf8(kVaultPassphrase));
    child<QPushButton>(first, "unlock")->click();
    ASSERT_TRUE(waitFor([&] { return controller.unlockDialog() != first.data(); }));
    EXPECT_EQ(controller.window(), nullptr);
    ASSERT_NE(controller.unlockDialog(), nullptr);
    EXPECT_TRUE(controller.unlockDialog()->isVisible());
    const QString said = child<QLabel>(controller.unlockDialog(), "message")->text();
    EXPECT_TRUE(said.contains(QStringLiteral("无法显示其内容"))) << said.toStdString();
    EXPECT_TRUE(said.contains(QStringLiteral("报送数据无法读取"))) << said.toStdString();
}

// Every control a keyboard can reach has a name a screen reader can say: its own text (a
// button, a check box), an accessible name, or a label that is its buddy.
void expectNamedControls(QWidget* root) {
    std::set<const QWidget*> labelled;
    for (const QLabel* label : root->findChildren<QLabel*>()) {
        if (label->buddy() != nullptr) {
            labelled.insert(label->buddy());
        }
    }
    int checked = 0;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (w->focusPolicy() == Qt::NoFocus || w->window() != root->window() ||
            qobject_cast<QScrollBar*>(w) != nullptr || w->focusProxy() != nullptr ||
            w->inherits("QTabBar") || w->parentWidget()->inherits("QAbstractSpinBox") ||
            w->parentWidget()->inherits("QComboBox")) {
            continue;
        }
        const auto* button = qobject_cast<QAbstractButton*>(w);
        const bool named = !w->accessibleName().isEmpty() || labelled.contains(w) ||
                           (button != nullptr && !button->text().isEmpty());
        EXPECT_TRUE(named) << w->metaObject()->className() << " " << w->objectName().toStdString();
        ++checked;
    }
    EXPECT_GT(checked, 30);
}

TEST_F(UnitWindowTest, EveryFocusableControlHasAName) {
    open();
    window->candidatePage()->showCandidate(0);
    expectNamedControls(window.get());
}

// The same binary serves the office: its role opens the office window, and 文件 → 锁定 from
// its open menu locks it.
TEST(AppControllerTest, OfficeRoleOpensTheOfficeWindowAndLocks) {
    TempDir dir;
    const std::string path = dir / "office.bsv";
    app::initOfficeVault(path, secret(kVaultPassphrase), kFastKdf, "clerk:test");
    gui::AppController controller(gui::VaultRole::Office);
    unlockThrough(controller, path);
    ASSERT_NE(controller.window(), nullptr);
    QPointer<QMainWindow> window = controller.window();
    EXPECT_NE(qobject_cast<gui::OfficeWindow*>(window.data()), nullptr);
    lockFromFileMenu(window);
    EXPECT_TRUE(controller.unlockDialog()->isVisible());
}

// Idle while a question box is open: the box goes first, then the window, with no crash
// from a method that was still waiting in the box's event loop.
TEST(AutoLockTest, IdleLocksEvenWithAQuestionOpen) {
    TempDir dir;
    const std::string path = dir / "unit.vault";
    makeVault(path);
    gui::AppController controller(gui::VaultRole::Unit);
    unlockThrough(controller, path);
    ASSERT_NE(controller.window(), nullptr);
    QPointer<QMainWindow> window = controller.window();
    auto* unit = qobject_cast<UnitWindow*>(window.data());
    unit->draft().edit([](policy::Submission& s) { s.candidates.emplace_back(); });
    controller.inactivity().setInterval(300);
    controller.inactivity().start();
    // The overview's remove button asks a question in a box of its own; the box's event
    // loop runs inside the click, so whether it was up is noted from within that loop.
    auto* list = unit->findChild<QListWidget*>(QStringLiteral("candidates"));
    list->setCurrentRow(0);
    bool boxWasUp = false;
    QTimer::singleShot(
        0, [unit] { unit->findChild<QPushButton*>(QStringLiteral("removeCandidate"))->click(); });
    QTimer::singleShot(100, [&boxWasUp] {
        boxWasUp = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()) != nullptr;
    });
    ASSERT_TRUE(waitFor([&] { return window.isNull(); }, 8000));
    EXPECT_TRUE(boxWasUp);
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
    EXPECT_TRUE(controller.unlockDialog()->isVisible());
}

// An attachment chosen in the form is stored on save and leaves under its own file name.
TEST_F(UnitWindowTest, AttachmentIsStoredAndKeepsItsName) {
    open();
    window->candidatePage()->showCandidate(0);
    auto* list = window->findChild<gui::AttachmentList*>(QStringLiteral("attachments"));
    ASSERT_NE(list, nullptr);
    // A file that only claims to be a PDF is refused at once, with nothing added.
    writeFile(dir / "坏.pdf", "%PDF-1.4 certificate scan");
    const auto attachmentsBefore = window->draft().submission().candidates[0].attachments;
    EXPECT_FALSE(list->addAttachment(QString::fromStdString(dir / "坏.pdf")));
    EXPECT_TRUE(
        child<QLabel>(list, "attachmentRefusal")->text().contains(QStringLiteral("坏.pdf")));
    EXPECT_EQ(window->draft().submission().candidates[0].attachments, attachmentsBefore);

    PdfMaking making;
    making.author = "OldAuthorName";
    const std::string scan = makePdf(making);
    writeFile(dir / "获奖证书.pdf", scan);
    ASSERT_TRUE(list->addAttachment(QString::fromStdString(dir / "获奖证书.pdf")));
    const std::string stored = window->draft().submission().candidates[0].attachments.back();
    EXPECT_TRUE(stored.ends_with("/获奖证书.pdf")) << stored;
    window->draft().save("officer:test");
    window.reset();
    app::Vault vault = openVault(path);
    const auto bytes = app::SubmissionStore(vault.db()).fileContents(stored);
    // Stored as the PDF without its metadata.
    const std::vector<std::uint8_t> scanBytes(scan.begin(), scan.end());
    EXPECT_EQ(bytes, app::intake::stripPdfMetadata(scanBytes, "获奖证书.pdf").bytes);
    EXPECT_EQ(std::string(bytes.begin(), bytes.end()).find("OldAuthorName"), std::string::npos);
    const app::ExportPayload payload = app::buildExportPayload(vault.db());
    const bool named = std::any_of(payload.files.begin(), payload.files.end(), [](const auto& f) {
        return f.path.starts_with("data/附件/") && f.path.ends_with("_获奖证书.pdf");
    });
    EXPECT_TRUE(named);
}

// The words of a chosen file are read when it is chosen, off the GUI thread, in a dialog
// that names the file and its page and can cancel (scanner.md "Files"): cancelled, the file
// is not added and nothing is kept; read, the words go with it and saving keeps them, so
// the vault's scan finds what the scanned pages say.
TEST_F(UnitWindowTest, ChosenFilesWordsAreReadWithProgressAndACancelKeepsNothing) {
    open();
    window->candidatePage()->showCandidate(0);
    auto* list = window->findChild<gui::AttachmentList*>(QStringLiteral("attachments"));
    ASSERT_NE(list, nullptr);
    const std::string scan =
        scannedPdf({"证明：该同志曾在97621部队参加试验保障工作。",
                    "第二页：工作认真负责，多次受到表扬。", "第三页：特此证明。"});
    writeFile(dir / "借调证明.pdf", scan);
    const QString file = QString::fromStdString(dir / "借调证明.pdf");
    const auto attachmentsBefore = window->draft().submission().candidates[0].attachments;

    // Watches the dialog from the event loop it runs; cancels once it names a page.
    struct Watch {
        QStringList labels;
        int ticksOnPage1 = 0;  // the event loop ran while page 1 was read: not on this thread
        bool cancel = false;
        bool cancelled = false;
    } watch;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, [&watch] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            auto* dialog = qobject_cast<QProgressDialog*>(w);
            if (dialog == nullptr || dialog->objectName() != QLatin1String("wordsReading") ||
                !dialog->isVisible()) {
                continue;
            }
            auto* label = dialog->findChild<QLabel*>();
            if (label != nullptr && !watch.labels.contains(label->text())) {
                watch.labels << label->text();
            }
            if (label != nullptr && label->text().contains(QStringLiteral("第 1/3 页"))) {
                ++watch.ticksOnPage1;
            }
            if (watch.cancel && !watch.cancelled && label != nullptr &&
                label->text().contains(QStringLiteral("第 1/3 页"))) {
                auto* button = dialog->findChild<QPushButton*>();
                ASSERT_NE(button, nullptr);
                QTest::mouseClick(button, Qt::LeftButton);
                watch.cancelled = true;
            }
        }
    });
    poll.start();

    watch.cancel = true;
    EXPECT_FALSE(list->addAttachment(file));
    EXPECT_TRUE(watch.cancelled);
    EXPECT_TRUE(child<QLabel>(list, "attachmentRefusal")->text().contains(QStringLiteral("已取消")))
        << child<QLabel>(list, "attachmentRefusal")->text().toStdString();
    EXPECT_EQ(window->draft().submission().candidates[0].attachments, attachmentsBefore);
    EXPECT_TRUE(window->draft().newFiles().empty());

    watch = {};
    ASSERT_TRUE(list->addAttachment(file));
    poll.stop();
    EXPECT_FALSE(watch.labels.filter(QStringLiteral("第 3/3 页")).isEmpty())
        << watch.labels.join(QStringLiteral(" | ")).toStdString();
    EXPECT_GE(watch.ticksOnPage1, 3);
    ASSERT_EQ(window->draft().newFiles().size(), 1U);
    ASSERT_NE(window->draft().newFiles().front().words, nullptr);
    EXPECT_NE(window->draft().newFiles().front().words->json.find("97621"), std::string::npos);
    const std::string stored = window->draft().submission().candidates[0].attachments.back();
    window->draft().save("officer:test");
    window.reset();

    app::Vault vault = openVault(path);
    const auto flags = app::scanVault(vault);
    const bool inTheScan = std::any_of(flags.begin(), flags.end(), [&](const auto& f) {
        return f.location && f.location->path == stored && f.location->page == 1 &&
               f.category == "MILITARY_UNIT";
    });
    EXPECT_TRUE(inTheScan);
}

// Word and 盖章版 per document on the overview: what is missing says so; a scan comes in by
// its row (chooser or drop), a non-PDF is refused there, and the save stores it.
TEST_F(UnitWindowTest, StampedPanelShowsWhatIsMissingAndTakesScans) {
    open();
    auto* panel = child<gui::StampedPanel>(window.get(), "stampedPanel");
    auto* rows = child<QTreeWidget>(panel, "stampedDocuments");
    ASSERT_EQ(rows->topLevelItemCount(), 4);
    EXPECT_EQ(rows->topLevelItem(0)->text(0), QStringLiteral("推荐表：张卫东"));
    EXPECT_EQ(rows->topLevelItem(3)->text(0), QStringLiteral("推荐工作情况报告"));
    for (int i = 0; i < 4; ++i) {
        EXPECT_TRUE(rows->topLevelItem(i)->text(1).startsWith(QStringLiteral("✓"))) << i;
        EXPECT_TRUE(rows->topLevelItem(i)->text(2).startsWith(QStringLiteral("✓"))) << i;
    }
    EXPECT_TRUE(child<QLabel>(panel, "stampedSummary")->text().contains(QStringLiteral("齐全")));

    window->draft().edit([](policy::Submission& s) {
        s.stamped.report.clear();
        s.candidates[1].stampedForm.clear();
    });
    checked();
    EXPECT_TRUE(rows->topLevelItem(1)->text(2).contains(QStringLiteral("缺少")));
    EXPECT_TRUE(rows->topLevelItem(3)->text(2).contains(QStringLiteral("缺少")));
    EXPECT_TRUE(rows->topLevelItem(3)->toolTip(2).contains(
        QStringLiteral("尚未导入推荐工作情况报告的盖章版 PDF")))
        << rows->topLevelItem(3)->toolTip(2).toStdString();
    EXPECT_TRUE(child<QLabel>(panel, "stampedSummary")->text().contains(QStringLiteral("2 / 4")));

    // A photo of the page is not a scan: refused on the spot, nothing named.
    writeFile(dir / "照片.jpg", std::string("\xFF\xD8\xFF\xE0 photo of the page"));
    EXPECT_FALSE(panel->addScan(3, QString::fromStdString(dir / "照片.jpg")));
    EXPECT_TRUE(
        child<QLabel>(panel, "stampedRefusal")->text().contains(QStringLiteral("不是 PDF")));
    EXPECT_TRUE(window->draft().submission().stamped.report.empty());

    const std::string report = makePdfShowing("stamped report", "ScanStation");
    writeFile(dir / "报告扫描.pdf", report);
    ASSERT_TRUE(panel->addScan(3, QString::fromStdString(dir / "报告扫描.pdf")));
    EXPECT_TRUE(child<QLabel>(panel, "stampedRefusal")->text().isEmpty());

    // Dropped on the row of 李思源's 推荐表.
    writeFile(dir / "李思源盖章.pdf", makePdfShowing("stamped form"));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(QString::fromStdString(dir / "李思源盖章.pdf"))});
    const QRect cell = rows->visualItemRect(rows->topLevelItem(1));
    const QPoint at = rows->viewport()->mapTo(panel, cell.center());
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(panel, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(panel, &drop);
    EXPECT_EQ(window->draft().submission().candidates[1].stampedForm, "盖章版/推荐表/李思源.pdf");
    checked();
    EXPECT_TRUE(rows->topLevelItem(1)->text(2).startsWith(QStringLiteral("✓")));
    EXPECT_TRUE(rows->topLevelItem(3)->text(2).startsWith(QStringLiteral("✓")));

    window->draft().save("officer:test");
    window.reset();
    app::Vault vault = openVault(path);
    const auto stored =
        app::SubmissionStore(vault.db()).fileContents("盖章版/推荐工作情况报告.pdf");
    const std::string text(stored.begin(), stored.end());
    EXPECT_NE(text.find("stamped report"), std::string::npos);
    EXPECT_EQ(text.find("ScanStation"), std::string::npos);
}

// A quota grant taken in on the overview: refused when forged, and once verified the quota
// reads 4 / 4 with the grant named, not 4 / 3 in red.
TEST_F(UnitWindowTest, QuotaGrantIsImportedAndNamedOnTheOverview) {
    {
        app::Vault office = app::initOfficeVault(dir / "office.bsv", secret(kVaultPassphrase),
                                                 kFastKdf, "clerk:test");
        std::filesystem::create_directories(dir.path() / "keys");
        app::writeOfficeKeys(office, dir / "keys", false, "clerk:test");
        app::Vault unit = openVault(path);
        app::importOfficeKeys(unit, dir / "keys", "officer:test");
        const std::string request = app::writeEnrolment(unit, dir / "enrolment", "officer:test");
        app::enrolUnit(office, app::readEnrolmentFile(request), "clerk:test");
        app::QuotaGrant grant;
        grant.unit = "91150200MA0N8XQ313";
        grant.campaign = "nmg-zuimei-2023";
        grant.max = 4;
        grant.reason = "经主办单位同意增加名额";
        app::writeQuotaGrant(office, grant, dir / "grant.json", "clerk:test");
    }
    std::string forged = readFile(dir / "grant.json");
    forged.replace(forged.find("\"max\":4"), 7, "\"max\":9");
    std::filesystem::create_directories(dir.path() / "forged");
    writeFile(dir / "forged/grant.json", forged);
    std::filesystem::copy_file(dir / "grant.json.minisig", dir / "forged/grant.json.minisig");

    open();
    window->draft().edit([](policy::Submission& s) {
        for (const char* name : {"王晓峰", "刘海燕"}) {
            s.candidates.push_back(s.candidates[1]);
            s.candidates.back().name = name;
        }
    });
    checked();
    auto* overview = window->findChild<gui::OverviewPage*>();
    ASSERT_NE(overview, nullptr);
    auto* quota = child<QLabel>(overview, "quota");
    EXPECT_TRUE(quota->text().contains(QStringLiteral("4 / 3"))) << quota->text().toStdString();

    EXPECT_FALSE(overview->importGrant(QString::fromStdString(dir / "forged/grant.json")));
    EXPECT_TRUE(child<QLabel>(overview, "grantRefusal")->text().contains(QStringLiteral("签名")));
    EXPECT_TRUE(window->draft().submission().grants.empty());

    ASSERT_TRUE(overview->importGrant(QString::fromStdString(dir / "grant.json")));
    checked();
    EXPECT_TRUE(quota->text().contains(QStringLiteral("4 / 4"))) << quota->text().toStdString();
    EXPECT_TRUE(quota->text().contains(QStringLiteral("经主办单位同意增加名额")));
    for (const policy::Finding& f : window->draft().report().findings) {
        EXPECT_NE(f.code, "QUOTA_EXCEEDED");
        EXPECT_NE(f.code, "GRANT_INVALID");
    }
    window->draft().save("officer:test");
    window.reset();
    app::Vault vault = openVault(path);
    EXPECT_TRUE(app::SubmissionStore(vault.db()).findFileContents("授权/grant.json.minisig"));
}

// A rule-set update the office signed, taken in on the overview: a changed copy is refused,
// the signed one moves the deadline shown and the check at once, unsaved edits kept.
TEST_F(UnitWindowTest, SignedRuleSetUpdateIsImportedOnTheOverview) {
    nlohmann::json rules = nlohmann::json::parse(policy::builtInRuleSets().at("nmg-zuimei-2023"));
    rules["deadline"] = "2023-07-05";
    rules["age_reference_date"] = "2023-07-16";
    writeFile(dir / "update.json", rules.dump(2));
    {
        app::Vault office = app::initOfficeVault(dir / "office.bsv", secret(kVaultPassphrase),
                                                 kFastKdf, "clerk:test");
        std::filesystem::create_directories(dir.path() / "keys");
        app::writeOfficeKeys(office, dir / "keys", false, "clerk:test");
        app::Vault unit = openVault(path);
        app::importOfficeKeys(unit, dir / "keys", "officer:test");
        app::signRuleSet(office, dir / "update.json", dir / "signed.json", "clerk:test");
    }
    rules["deadline"] = "2023-12-31";
    std::filesystem::create_directories(dir.path() / "changed");
    writeFile(dir / "changed/signed.json", rules.dump(2));
    std::filesystem::copy_file(dir / "signed.json.minisig", dir / "changed/signed.json.minisig");

    open();
    window->draft().edit([](policy::Submission& s) { s.unit.contact.name = "王干事"; });
    auto* overview = window->findChild<gui::OverviewPage*>();
    ASSERT_NE(overview, nullptr);
    auto* deadline = child<QLabel>(overview, "deadline");
    EXPECT_TRUE(deadline->text().contains(QStringLiteral("2023-07-16")));

    EXPECT_FALSE(overview->importRules(QString::fromStdString(dir / "changed/signed.json")));
    EXPECT_TRUE(child<QLabel>(overview, "rulesRefusal")->text().contains(QStringLiteral("签名")));
    EXPECT_TRUE(deadline->text().contains(QStringLiteral("2023-07-16")));

    ASSERT_TRUE(overview->importRules(QString::fromStdString(dir / "signed.json")));
    EXPECT_TRUE(deadline->text().contains(QStringLiteral("2023-07-05")))
        << deadline->text().toStdString();
    const auto& findings = window->draft().report().findings;
    EXPECT_TRUE(std::any_of(findings.begin(), findings.end(),
                            [](const policy::Finding& f) { return f.code == "DEADLINE_PASSED"; }));
    EXPECT_EQ(window->draft().submission().unit.contact.name, "王干事");  // the edit is kept
}

}  // namespace
}  // namespace baosong::test
