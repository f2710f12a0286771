// The export wizard: it refuses, with the reasons, while anything stands in the
// way; a sealable, signed-off vault goes through it to a folder, and the bundle there hashes
// to the SHA-256 the result page shows; a destination that cannot take the bundle is
// refused before anything is written; a seal that fails lets the officer go back.

#include "gui/export_wizard.h"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/office_admin.h"
#include "core/office_key_import.h"
#include "core/review_workflow.h"
#include "core/submission_import.h"
#include "crypto/sha256.h"
#include "gui/submission_draft.h"
#include "store/vault_keys.h"
#include "support/gui_test_support.h"
#include "support/temp_dir.h"
#include "support/vault_fixture.h"

namespace baosong::test {
namespace {
namespace fs = std::filesystem;
using gui::ExportWizard;
using gui::SubmissionDraft;

constexpr int kSealTimeoutMs = 180000;

struct ExportWizardFixture : ::testing::Test {
    TempDir dir;
    app::BundleProfile profile = app::BundleProfile::Intl;  // the office's
    std::optional<app::Vault> vault;
    std::optional<SubmissionDraft> draft;
    std::optional<ExportWizard> wizard;

    void SetUp() override { vault.emplace(makeVault(dir / "unit.vault")); }
    void TearDown() override {
        // Background work holds the vault: let it end before the vault goes.
        if (wizard) {
            waitFor([&] { return !wizard->busy(); }, kSealTimeoutMs);
        }
        wizard.reset();
        draft.reset();
    }

    void importSealable() {
        fs::create_directories(dir / "in");
        app::importSubmission(*vault, writeSealableSubmission(dir / "in"), "officer:test");
    }
    void importOfficeKeys() {
        app::Vault office = app::initOfficeVault(dir / "office.vault", secret(kVaultPassphrase),
                                                 kFastKdf, "clerk:test", profile);
        fs::create_directories(dir / "office-keys");
        app::writeOfficeKeys(office, dir / "office-keys", false, "clerk:test");
        app::importOfficeKeys(*vault, dir / "office-keys", "officer:test");
    }
    void reviewAndSignOff() { test::reviewAndSignOff(*vault); }
    void makeSealable() {
        importSealable();
        importOfficeKeys();
        reviewAndSignOff();
    }

    ExportWizard& open() {
        draft.emplace(*vault);
        wizard.emplace(*draft);
        wizard->show();
        return *wizard;
    }
    QAbstractButton* nextButton() { return wizard->button(QWizard::NextButton); }
    QAbstractButton* commitButton() { return wizard->button(QWizard::CommitButton); }

    // Waits for the checks, then Next through documents and sign-off to the destination.
    void goToDestination() {
        ASSERT_TRUE(waitFor([&] { return nextButton()->isEnabled(); }))
            << child<QLabel>(&*wizard, "checkStatus")->text().toStdString();
        nextButton()->click();
        ASSERT_EQ(wizard->currentId(), ExportWizard::DocumentsPage);
        nextButton()->click();
        ASSERT_EQ(wizard->currentId(), ExportWizard::SignOffPage);
        nextButton()->click();
        ASSERT_EQ(wizard->currentId(), ExportWizard::DestinationPage);
    }
    void chooseDestination(const std::string& folder) {
        auto* destination = child<QLineEdit>(&*wizard, "destination");
        // Pasted, as QTest cannot type the Chinese of a path.
        destination->setText(QString::fromStdString(folder));
    }
    // Destination page to result page.
    void seal(const std::string& folder) {
        chooseDestination(folder);
        ASSERT_TRUE(commitButton()->isEnabled())
            << child<QLabel>(&*wizard, "destinationProblem")->text().toStdString();
        commitButton()->click();
        ASSERT_TRUE(waitFor([&] { return wizard->currentId() == ExportWizard::ResultPage; },
                            kSealTimeoutMs))
            << child<QLabel>(&*wizard, "sealError")->text().toStdString();
    }
};

std::string withoutSpaces(QString text) {
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text.toStdString();
}

TEST_F(ExportWizardFixture, OpenProblemsAreListedAndNextStaysOff) {
    importSealable();  // not reviewed, no office key
    open();
    auto* refusals = child<QListWidget>(&*wizard, "refusals");
    ASSERT_TRUE(waitFor([&] { return refusals->count() > 0; }));
    QStringList reasons;
    for (int i = 0; i < refusals->count(); ++i) {
        reasons << refusals->item(i)->text();
    }
    const QString all = reasons.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("保密审查尚未签署"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("国防科工办的公钥"))) << all.toStdString();
    // Each says where in the app to resolve it, never a command line.
    EXPECT_TRUE(all.contains(QStringLiteral("在“保密审查”页签署"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("【导入国防科工办公钥…】"))) << all.toStdString();
    EXPECT_FALSE(all.contains(QStringLiteral("baosong "))) << all.toStdString();
    EXPECT_TRUE(child<QLabel>(&*wizard, "checkStatus")->text().contains(QStringLiteral("问题")));
    EXPECT_FALSE(nextButton()->isEnabled());
    nextButton()->click();
    EXPECT_EQ(wizard->currentId(), ExportWizard::ChecksPage);
}

TEST_F(ExportWizardFixture, UnsavedEditsMustBeSavedFirst) {
    makeSealable();
    open();
    draft->edit([](policy::Submission& s) { s.candidates[0].specialty += "。"; });
    child<QPushButton>(&*wizard, "recheck")->click();
    auto* status = child<QLabel>(&*wizard, "checkStatus");
    ASSERT_TRUE(waitFor([&] { return status->text().contains(QStringLiteral("未保存")); }));
    ASSERT_TRUE(waitFor([&] { return child<QPushButton>(&*wizard, "recheck")->isEnabled(); }));
    EXPECT_FALSE(nextButton()->isEnabled());
}

// The seal in both profiles (bundle.md "intl", bundle-gm.md "gm"): the unit follows the
// profile of the office keys it imported.
struct ExportWizardProfile : ExportWizardFixture, ::testing::WithParamInterface<std::string> {
    void SetUp() override {
        ExportWizardFixture::SetUp();
        profile = GetParam() == "gm" ? app::BundleProfile::Gm : app::BundleProfile::Intl;
    }
    bool gm() const { return GetParam() == "gm"; }
};

TEST_P(ExportWizardProfile, SealsToTheChosenFolderAndShowsTheBundleSha256) {
    makeSealable();
    open();
    goToDestination();
    ASSERT_FALSE(HasFatalFailure());
    EXPECT_TRUE(child<QLabel>(&*wizard, "signOffState")->isVisibleTo(&*wizard) ||
                wizard->currentId() == ExportWizard::DestinationPage);
    const std::string out = dir / "out";
    fs::create_directories(out);
    EXPECT_FALSE(child<QLabel>(&*wizard, "space")->text().isEmpty());
    seal(out);
    ASSERT_FALSE(HasFatalFailure());
    ASSERT_TRUE(wizard->sealed().has_value());
    EXPECT_EQ(wizard->sealed()->profile, GetParam());
    const std::string bundle = wizard->sealed()->bundlePath;
    EXPECT_EQ(fs::path(bundle).parent_path(), fs::path(out));
    ASSERT_TRUE(fs::is_regular_file(bundle));
    // What signs it, each file named on the page (bundle-gm.md: the statement and its .sig).
    const QString signatures = child<QLabel>(&*wizard, "signaturePath")->text();
    for (const std::string& suffix : gm() ? std::vector<std::string>{".statement", ".sig"}
                                          : std::vector<std::string>{".minisig"}) {
        EXPECT_TRUE(fs::is_regular_file(bundle + suffix)) << suffix;
        EXPECT_TRUE(signatures.contains(
            QString::fromStdString(fs::path(bundle + suffix).filename().string())))
            << signatures.toStdString();
    }
    EXPECT_TRUE(fs::is_regular_file(wizard->sealed()->readmePath));
    EXPECT_EQ(wizard->sealed()->readmePath, bundle.substr(0, bundle.size() - 4) + ".README.txt");
    const std::string bytes = readFile(bundle);
    const std::string sha256 = crypto::toHex(crypto::Sha256::of(bytes));
    auto* fingerprint = child<QLabel>(&*wizard, "fingerprint");
    EXPECT_EQ(withoutSpaces(fingerprint->text()), sha256);
    EXPECT_TRUE(fingerprint->text().contains(QStringLiteral(" ")));  // grouped for reading
    EXPECT_TRUE(child<QLabel>(&*wizard, "bundlePath")
                    ->text()
                    .contains(QString::fromStdString(fs::path(bundle).filename().string())));
    EXPECT_TRUE(child<QLabel>(&*wizard, "bundleSize")
                    ->text()
                    .contains(QString::number(static_cast<qulonglong>(bytes.size()))));
    EXPECT_FALSE(wizard->button(QWizard::BackButton)->isVisible());
    EXPECT_TRUE(wizard->button(QWizard::FinishButton)->isEnabled());
}

TEST_P(ExportWizardProfile, ShownCommandsNameTheBundleFile) {
    makeSealable();
    open();
    goToDestination();
    ASSERT_FALSE(HasFatalFailure());
    const std::string out = dir / "out";
    fs::create_directories(out);
    seal(out);
    ASSERT_FALSE(HasFatalFailure());
    const QString commands = child<QPlainTextEdit>(&*wizard, "commands")->toPlainText();
    const QString file =
        QString::fromStdString(fs::path(wizard->sealed()->bundlePath).filename().string());
    if (gm()) {
        // openssl alone (bundle-gm.md), with office.pem.
        EXPECT_TRUE(commands.contains(QStringLiteral("-in ") + file + QStringLiteral(".statement")))
            << commands.toStdString();
        EXPECT_TRUE(commands.contains(QStringLiteral("-inkey office.pem")));
        EXPECT_TRUE(commands.endsWith(QStringLiteral("echo OK\n")));
        EXPECT_TRUE(child<QLabel>(&*wizard, "commandsIntro")
                        ->text()
                        .contains(QStringLiteral("office.pem")));
    } else {
        EXPECT_TRUE(commands.contains(QStringLiteral("minisign -V")) && commands.contains(file))
            << commands.toStdString();
        EXPECT_TRUE(commands.contains(QStringLiteral("age -d -i office.key ") + file));
        EXPECT_TRUE(commands.contains(QStringLiteral("sha256sum -c")));
    }
    // The same commands as the bundle's README, which the CLI points to: in gm the whole
    // script between its two "-----" lines, in intl each line, indented.
    const std::string readme = readFile(wizard->sealed()->readmePath);
    if (gm()) {
        const std::size_t begin = readme.find("-----\n");
        const std::size_t end = readme.rfind("-----\n");
        ASSERT_NE(begin, end) << readme;
        EXPECT_EQ(commands.toStdString(), readme.substr(begin + 6, end - begin - 6));
    } else {
        for (const QString& line : commands.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            EXPECT_NE(readme.find("  " + line.toStdString() + "\n"), std::string::npos)
                << line.toStdString();
        }
    }
}

std::string profileOf(const ::testing::TestParamInfo<std::string>& instance) {
    return instance.param;
}
INSTANTIATE_TEST_SUITE_P(Profiles, ExportWizardProfile, ::testing::Values("intl", "gm"), profileOf);

TEST_F(ExportWizardFixture, MissingDestinationIsRefusedWithAReasonAndNothingWritten) {
    makeSealable();
    open();
    goToDestination();
    ASSERT_FALSE(HasFatalFailure());
    const std::string parent = dir / "usb";
    fs::create_directories(parent);
    const std::string before = snapshot(parent);
    const std::string missing = parent + "/没有这个文件夹";
    chooseDestination(missing);
    EXPECT_FALSE(commitButton()->isEnabled());
    EXPECT_TRUE(
        child<QLabel>(&*wizard, "destinationProblem")->text().contains(QStringLiteral("不存在")));
    commitButton()->click();
    EXPECT_EQ(wizard->currentId(), ExportWizard::DestinationPage);
    EXPECT_FALSE(fs::exists(missing));
    EXPECT_EQ(snapshot(parent), before);
    chooseDestination("");
    EXPECT_FALSE(commitButton()->isEnabled());
    EXPECT_FALSE(child<QLabel>(&*wizard, "destinationProblem")->text().isEmpty());
}

TEST_F(ExportWizardFixture, FailedSealShowsTheErrorAndLetsTheOfficerGoBack) {
    makeSealable();
    open();
    goToDestination();
    ASSERT_FALSE(HasFatalFailure());
    const std::string gone = dir / "gone";
    fs::create_directories(gone);
    chooseDestination(gone);
    ASSERT_TRUE(commitButton()->isEnabled());
    fs::remove(gone);  // the stick pulled out after the check
    commitButton()->click();
    ASSERT_EQ(wizard->currentId(), ExportWizard::ProgressPage);
    EXPECT_TRUE(child<QProgressBar>(&*wizard, "sealProgress")->isVisible());
    auto* back = child<QPushButton>(&*wizard, "backToDestination");
    ASSERT_TRUE(waitFor([&] { return back->isVisible(); }, kSealTimeoutMs));
    EXPECT_FALSE(child<QLabel>(&*wizard, "sealError")->text().isEmpty());
    EXPECT_FALSE(fs::exists(gone));
    EXPECT_FALSE(wizard->sealed().has_value());
    back->click();
    ASSERT_EQ(wizard->currentId(), ExportWizard::DestinationPage);
    EXPECT_TRUE(
        child<QLabel>(&*wizard, "destinationProblem")->text().contains(QStringLiteral("不存在")));
    // And the sign-off still holds: another folder works.
    const std::string out = dir / "out";
    fs::create_directories(out);
    seal(out);
    ASSERT_FALSE(HasFatalFailure());
    EXPECT_TRUE(fs::is_regular_file(wizard->sealed()->bundlePath));
}

TEST_F(ExportWizardFixture, DocumentsAreListedAndWrittenForPrinting) {
    makeSealable();
    open();
    ASSERT_TRUE(waitFor([&] { return nextButton()->isEnabled(); }));
    nextButton()->click();
    auto* documents = child<QListWidget>(&*wizard, "documents");
    QStringList names;
    for (int i = 0; i < documents->count(); ++i) {
        names << documents->item(i)->text();
    }
    const QString all = names.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("推荐表/"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("汇总表.xlsx")));
    EXPECT_TRUE(all.contains(QStringLiteral("推荐工作情况报告.docx")));
    EXPECT_FALSE(all.contains(QStringLiteral("submission.json")));
    const std::string print = dir / "print";
    fs::create_directories(print);
    typeInto(child<QLineEdit>(&*wizard, "documentsFolder"), QString::fromStdString(print));
    child<QPushButton>(&*wizard, "writeDocuments")->click();
    // The vault is in use: no way off the page until the files are written.
    EXPECT_FALSE(wizard->button(QWizard::BackButton)->isEnabled());
    EXPECT_FALSE(nextButton()->isEnabled());
    EXPECT_FALSE(wizard->button(QWizard::CancelButton)->isEnabled());
    wizard->reject();  // Escape or the window's close button
    EXPECT_TRUE(wizard->isVisible());
    auto* message = child<QLabel>(&*wizard, "documentsMessage");
    ASSERT_TRUE(
        waitFor([&] { return message->text().contains(QStringLiteral("已写出")); }, kSealTimeoutMs))
        << message->text().toStdString();
    ASSERT_TRUE(nextButton()->isEnabled());
    std::size_t files = 0;
    for (const auto& entry : fs::recursive_directory_iterator(print)) {
        if (entry.is_regular_file()) {
            ++files;
        }
    }
    EXPECT_GE(files, static_cast<std::size_t>(documents->count()));
}

TEST_F(ExportWizardFixture, EveryNamedControlHasAnAccessibleName) {
    importSealable();
    open();
    for (QWidget* w : wizard->findChildren<QWidget*>()) {
        if (w->objectName().isEmpty() || w->objectName().startsWith(QLatin1String("qt_")) ||
            !(qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w) ||
              qobject_cast<QListWidget*>(w) || qobject_cast<QPlainTextEdit*>(w) ||
              qobject_cast<QProgressBar*>(w) || qobject_cast<QLabel*>(w))) {
            continue;
        }
        EXPECT_FALSE(w->accessibleName().isEmpty()) << w->objectName().toStdString();
    }
    ASSERT_TRUE(waitFor([&] { return child<QPushButton>(&*wizard, "recheck")->isEnabled(); }));
}

}  // namespace
}  // namespace baosong::test
