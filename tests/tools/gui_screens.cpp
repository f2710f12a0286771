// gui_screens OUTDIR [zh_CN|en] [WIDTHxHEIGHT]: every screen of the desktop app, filled with
// the sealable example, saved as PNG for a person to look at (every screen is looked at, not
// only tested), the main windows at the given size (1280x800 unless said; 1920x1080 is the
// other size to look at, and QT_SCALE_FACTOR=2 shows 200 % scaling). Run it under Xvfb
// (xvfb-run) to see the real platform's rendering, or offscreen.

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QScrollArea>
#include <QTabWidget>
#include <QTimer>
#include <cstdio>

#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QTableWidget>
#include <QTest>
#include <filesystem>
#include <fstream>

#include "core/form_files.h"
#include "core/submission_import.h"
#include "gui/attachment_list.h"
#include "gui/candidate_form.h"
#include "gui/candidate_page.h"
#include "gui/candidate_papers_dialog.h"
#include "gui/create_vault_dialog.h"
#include "gui/export_wizard.h"
#include "gui/gui_language.h"
#include "gui/item_viewer.h"
#include "gui/office_review_page.h"
#include "gui/office_window.h"
#include "gui/review_page.h"
#include "gui/submission_draft.h"
#include "gui/unit_window.h"
#include "gui/unlock_dialog.h"
#include "policy/submission_json.h"
#include "support/bundle_flow.h"
#include "support/document_maker.h"
#include "support/temp_dir.h"
#include "support/vault_fixture.h"

namespace {
using namespace baosong;

void save(QWidget* widget, const QString& dir, const QString& name) {
    widget->show();
    widget->raise();
    for (int i = 0; i < 10; ++i) {
        QApplication::processEvents();
    }
    const QString file = dir + QStringLiteral("/") + name + QStringLiteral(".png");
    widget->grab().save(file);
    std::printf("%s\n", file.toUtf8().constData());
}
}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fputs("usage: gui_screens OUTDIR [zh_CN|en] [WIDTHxHEIGHT]\n", stderr);
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    // As the app starts: Chinese, with Qt's own dialogs in Chinese; "en" for the English.
    gui::installLanguage(app, argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("zh_CN"));
    QSize size(1280, 800);
    if (argc > 3) {
        const QStringList parts = QString::fromLocal8Bit(argv[3]).split(QLatin1Char('x'));
        if (parts.size() != 2 || parts[0].toInt() < 640 || parts[1].toInt() < 480) {
            std::fputs("gui_screens: the size is WIDTHxHEIGHT, at least 640x480\n", stderr);
            return 2;
        }
        size = QSize(parts[0].toInt(), parts[1].toInt());
    }
    QDir().mkpath(out);
    test::TempDir dir;
    const std::string path = dir / "unit.vault";
    {
        app::Vault vault = test::makeVault(path);
        const std::string json = test::writeSealableSubmission(dir / "in", 200000);
        // The first life photo shows a sign: its words are read by OCR and flagged where
        // they stand (scanner.md "Files").
        test::Picture sign;
        sign.words.push_back({"阿拉善试验场", 400, 500, 56});
        const auto photo = test::pictureJpeg(sign);
        const policy::Submission example = policy::parseSubmission(test::readFile(json));
        test::writeFile((dir.path() / "in" / example.candidates[0].lifePhotos[0]).string(),
                        std::string(photo.begin(), photo.end()));
        app::importSubmission(vault, json, "officer:screens");
    }
    {
        gui::UnlockDialog unlock(gui::VaultRole::Unit, QString::fromStdString(path));
        save(&unlock, out, QStringLiteral("01-unlock"));
        // The dialog's own sentence for a wrong passphrase, in the language the app runs in.
        unlock.setMessage(QCoreApplication::translate(
            "baosong::gui::UnlockDialog",
            "口令不正确，保险库未打开。请重新输入（注意大小写和输入法）。"));
        save(&unlock, out, QStringLiteral("02-unlock-wrong"));
    }
    {
        gui::CreateVaultDialog create(gui::VaultRole::Unit);
        save(&create, out, QStringLiteral("03-create-vault"));
    }
    {  // the office's: it chooses the cryptography its units seal in (bundle-gm.md)
        gui::CreateVaultDialog create(gui::VaultRole::Office);
        save(&create, out, QStringLiteral("03b-create-office-vault"));
    }
    app::OpenedVault opened = app::openVault(
        path, [] { return test::secret(test::kVaultPassphrase); }, app::Access::Change);
    gui::UnitWindow window(std::move(opened));
    window.resize(size);
    window.draft().checkNow();
    save(&window, out, QStringLiteral("04-overview"));
    {  // a stamped report not imported yet: the panel says what is missing
        const std::string report = window.draft().submission().stamped.report;
        window.draft().edit([](policy::Submission& s) { s.stamped.report.clear(); });
        window.draft().checkNow();
        save(&window, out, QStringLiteral("04-overview-unstamped"));
        window.draft().edit([&](policy::Submission& s) { s.stamped.report = report; });
        window.draft().checkNow();
    }
    window.tabs()->setCurrentWidget(window.candidatePage());
    window.candidatePage()->showCandidate(0);
    window.draft().edit([](policy::Submission& s) {
        s.candidates[0].birth = "1980-13";
        s.candidates[0].deeds += "\n曾赴97621部队参加歼-20配套试验。";
    });
    window.candidatePage()->showCandidate(-1);
    window.candidatePage()->showCandidate(0);
    window.draft().checkNow();
    save(&window, out, QStringLiteral("05-form-top"));
    auto* form = window.candidatePage()->form();
    const char* stops[] = {"history", "deeds", "stories", "photo", "unit_opinion"};
    int n = 6;
    for (const char* key : stops) {
        form->ensureWidgetVisible(form->fieldWidget(key), 0, 0);
        save(&window, out,
             QStringLiteral("%1-form-%2")
                 .arg(n++, 2, 10, QLatin1Char('0'))
                 .arg(QString::fromLatin1(key)));
    }
    window.candidatePage()->showCandidate(-1);
    save(&window, out, QStringLiteral("%1-form-unit-report").arg(n++, 2, 10, QLatin1Char('0')));
    {  // a chosen scan's words being read, page by page, with the button that cancels
        window.candidatePage()->showCandidate(0);
        auto* list = window.findChild<gui::AttachmentList*>(QStringLiteral("attachments"));
        test::TempDir scans;
        const std::string scan = test::scannedPdf(
            {"荣誉证书：张卫东同志被评为优秀科技工作者。", "内蒙古自治区科学技术协会"});
        const std::string file = scans / "荣誉证书扫描件.pdf";
        std::ofstream(file, std::ios::binary).write(scan.data(), static_cast<long>(scan.size()));
        QTimer poll;
        bool shot = false;
        QObject::connect(&poll, &QTimer::timeout, [&] {
            for (QWidget* w : QApplication::topLevelWidgets()) {
                auto* dialog = qobject_cast<QProgressDialog*>(w);
                if (!shot && dialog != nullptr && dialog->isVisible() &&
                    dialog->labelText().contains(QStringLiteral("第 1/2 页"))) {
                    save(dialog, out,
                         QStringLiteral("%1-reading-words").arg(n++, 2, 10, QLatin1Char('0')));
                    shot = true;
                }
            }
        });
        poll.start(10);
        list->addAttachment(QString::fromStdString(file));
    }
    window.draft().save("officer:screens");
    window.tabs()->setCurrentWidget(window.reviewPage());
    save(&window, out, QStringLiteral("%1-review").arg(n++, 2, 10, QLatin1Char('0')));
    {  // the photo whose sign OCR read, with the flag's box outlined
        const app::ReviewState state = app::reviewState(window.draft().vault());
        for (const app::FlagReview& f : state.flags) {
            if (!f.flag.location || !f.flag.location->ocr) {
                continue;
            }
            for (const app::ReviewItem& item : state.items) {
                if (item.id != f.flag.location->item) {
                    continue;
                }
                gui::ItemViewer viewer(item,
                                       app::storedFileBytes(window.draft().vault(), item.path));
                viewer.showFlags({f.flag}, f.flag.id);
                viewer.resize(size);
                save(&viewer, out,
                     QStringLiteral("%1-review-photo-flag").arg(n++, 2, 10, QLatin1Char('0')));
                break;
            }
            break;
        }
    }
    {
        gui::ExportWizard wizard(window.draft(), &window);
        wizard.resize(900, 640);
        wizard.show();
        QTest::qWait(3000);  // the checks page draws every document in the background
        save(&wizard, out, QStringLiteral("%1-export-checks").arg(n++, 2, 10, QLatin1Char('0')));
    }
    // Signed off, then edited: the sign-off is shown as void, with its cause and time.
    test::reviewAndSignOff(window.draft().vault());
    window.draft().edit([](policy::Submission& s) { s.candidates[0].specialty += "。"; });
    window.draft().save("officer:screens");
    window.tabs()->setCurrentWidget(window.reviewPage());
    save(&window, out, QStringLiteral("%1-review-void").arg(n++, 2, 10, QLatin1Char('0')));
    window.tabs()->setCurrentIndex(0);
    save(&window, out, QStringLiteral("%1-overview-void").arg(n++, 2, 10, QLatin1Char('0')));

    // The office: a unit's bundle sealed through the CLI, received in the office window.
    test::TempDir officeDir;
    test::BundleFlow flow(officeDir);
    const std::string officeVault = officeDir / "office.bsv";
    flow.readyToSeal(test::writeSealableSubmission(officeDir / "in"), officeVault);
    flow.seal(officeDir / "out");
    std::string bundle;
    for (const auto& e : std::filesystem::directory_iterator(officeDir.path() / "out")) {
        if (e.path().extension() == ".bsx") {
            bundle = e.path().string();
        }
    }
    gui::OfficeWindow office(app::openVault(
        officeVault, [] { return test::secret(test::kVaultPassphrase); }, app::Access::Change));
    office.resize(size);
    save(&office, out, QStringLiteral("%1-office-empty").arg(n++, 2, 10, QLatin1Char('0')));
    office.openBundleFile(QString::fromStdString(bundle),
                          QString::fromStdString(officeDir / "received"));
    if (!QTest::qWaitFor([&] { return !office.busy(); }, 60000)) {
        std::fputs("the office window did not finish receiving\n", stderr);
    }
    save(&office, out, QStringLiteral("%1-office-received").arg(n++, 2, 10, QLatin1Char('0')));
    // The review: one candidate forwarded with its opinion, the other chosen, undecided.
    auto* review = office.reviewPage();
    office.findChild<QTabWidget*>(QStringLiteral("tabs"))->setCurrentWidget(review);
    review->select(0);
    review->findChild<QPlainTextEdit*>(QStringLiteral("officeOpinion"))
        ->setPlainText(QStringLiteral("该同志长期扎根国防科技工业一线，事迹突出，学风严谨，"
                                      "道德品行端正。同意推荐。"));
    review->saveOpinion();
    review->decide(true);
    review->findChild<QTableWidget*>(QStringLiteral("reviewCandidates"))->selectRow(1);
    review->select(1);
    save(&office, out, QStringLiteral("%1-office-review").arg(n++, 2, 10, QLatin1Char('0')));
    // The forwarded candidate's papers: the form with the opinion, and the unit's scan.
    review->select(0);
    if (gui::CandidatePapersDialog* papers = review->showPapers()) {
        save(papers, out,
             QStringLiteral("%1-office-papers-form").arg(n++, 2, 10, QLatin1Char('0')));
        papers->tabs()->setCurrentIndex(1);
        save(papers, out,
             QStringLiteral("%1-office-papers-stamped").arg(n++, 2, 10, QLatin1Char('0')));
        papers->close();
    }
    return 0;
}
