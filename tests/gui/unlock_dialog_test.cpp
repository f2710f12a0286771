// Unlocking a vault in the desktop app: the right passphrase opens it, a wrong one says so,
// empties the field and puts the cursor back, and changes nothing on disk.

#include "gui/unlock_dialog.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QLabel>
#include <QPushButton>
#include <QTranslator>

#include <QLineEdit>
#include <filesystem>
#include "core/office_admin.h"
#include "core/reviewer_name.h"
#include "core/vault_identity.h"
#include "gui/create_vault_dialog.h"
#include "gui/passphrase_field.h"
#include "support/gui_test_support.h"
#include "support/temp_dir.h"
#include "support/vault_fixture.h"

namespace baosong::test {
namespace {
using gui::PassphraseField;
using gui::UnlockDialog;
using gui::VaultRole;

struct UnlockFixture : ::testing::Test {
    TempDir dir;
    std::string path = dir / "unit.vault";
    void SetUp() override { makeVault(path); }
};

void attempt(UnlockDialog& dialog, const char* passphrase) {
    typeInto(child<PassphraseField>(&dialog, "passphrase"), QString::fromUtf8(passphrase));
    child<QPushButton>(&dialog, "unlock")->click();
}

TEST_F(UnlockFixture, RightPassphraseOpensTheVault) {
    UnlockDialog dialog(VaultRole::Unit, QString::fromStdString(path));
    dialog.show();
    attempt(dialog, kVaultPassphrase);
    ASSERT_TRUE(waitFor([&] { return dialog.result() == QDialog::Accepted; }));
    auto opened = dialog.takeVault();
    ASSERT_TRUE(opened.has_value());
    EXPECT_EQ(opened->vault.path(), path);
    EXPECT_TRUE(opened->audit.intact);
}

TEST_F(UnlockFixture, WrongPassphraseSaysSoRefocusesAndChangesNothing) {
    const std::string before = snapshot(dir.path());
    UnlockDialog dialog(VaultRole::Unit, QString::fromStdString(path));
    dialog.show();
    attempt(dialog, "not the passphrase");
    auto* message = child<QLabel>(&dialog, "message");
    ASSERT_TRUE(waitFor([&] { return message->text().contains(QStringLiteral("口令不正确")); }))
        << message->text().toStdString();
    auto* field = child<PassphraseField>(&dialog, "passphrase");
    EXPECT_TRUE(field->text().isEmpty());
    EXPECT_TRUE(field->isEnabled());
    EXPECT_EQ(dialog.focusWidget(), field);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.takeVault().has_value());
    EXPECT_EQ(snapshot(dir.path()), before);
    // And the right one still works afterwards.
    attempt(dialog, kVaultPassphrase);
    ASSERT_TRUE(waitFor([&] { return dialog.result() == QDialog::Accepted; }));
}

TEST_F(UnlockFixture, PassphraseFieldKeepsInputMethodsAndClipboardOut) {
    UnlockDialog dialog(VaultRole::Unit, QString::fromStdString(path));
    auto* field = child<PassphraseField>(&dialog, "passphrase");
    EXPECT_FALSE(field->testAttribute(Qt::WA_InputMethodEnabled));
    EXPECT_TRUE(field->inputMethodHints().testFlag(Qt::ImhSensitiveData));
    EXPECT_EQ(field->echoMode(), QLineEdit::Password);
    EXPECT_FALSE(field->accessibleName().isEmpty());
}

TEST_F(UnlockFixture, OfficeVaultIsRefusedInUnitMode) {
    const std::string office = dir / "office.vault";
    app::initOfficeVault(office, secret(kVaultPassphrase), kFastKdf, "clerk:test");
    UnlockDialog dialog(VaultRole::Unit, QString::fromStdString(office));
    dialog.show();
    attempt(dialog, kVaultPassphrase);
    auto* message = child<QLabel>(&dialog, "message");
    ASSERT_TRUE(waitFor([&] { return message->text().contains(QStringLiteral("国防科工办")); }))
        << message->text().toStdString();
    EXPECT_FALSE(dialog.takeVault().has_value());
}

TEST_F(UnlockFixture, MissingFileIsNamed) {
    UnlockDialog dialog(VaultRole::Unit, QString::fromStdString(dir / "nothing.vault"));
    dialog.show();
    attempt(dialog, kVaultPassphrase);
    auto* message = child<QLabel>(&dialog, "message");
    ASSERT_TRUE(waitFor([&] {
        return !message->text().isEmpty() && dialog.isEnabled() &&
               child<QPushButton>(&dialog, "unlock")->isEnabled();
    }));
    EXPECT_FALSE(message->text().contains(QStringLiteral("口令不正确")));
    EXPECT_FALSE(std::filesystem::exists(dir / "nothing.vault"));
}

// English is built in: the compiled translation is a resource of the app, and every
// message of it is translated (gui.translations_complete checks the .ts against the sources).
TEST(GuiLanguage, EnglishTranslationIsBuiltInAndUsed) {
    QTranslator english;
    ASSERT_TRUE(english.load(QStringLiteral(":/i18n/baosong_en.qm")));
    QCoreApplication::installTranslator(&english);
    {
        gui::UnlockDialog dialog(gui::VaultRole::Unit, QString());
        EXPECT_EQ(child<QPushButton>(&dialog, "unlock")->text(), QStringLiteral("Unlock"));
        EXPECT_FALSE(dialog.windowTitle().contains(QStringLiteral("保险库")));
    }
    QCoreApplication::removeTranslator(&english);
    gui::UnlockDialog chinese(gui::VaultRole::Unit, QString());
    EXPECT_EQ(child<QPushButton>(&chinese, "unlock")->text(), QStringLiteral("解锁"));
}

// Create stays off, with the reason shown, until everything is acceptable; the reviewer's
// passphrase must differ from the vault's; then the vault appears and opens.
TEST(CreateVaultDialogTest, RefusesUntilValidThenCreates) {
    TempDir dir;
    const std::string path = dir / "new.bsv";
    gui::CreateVaultDialog dialog(gui::VaultRole::Unit);
    dialog.show();
    auto* create = child<QPushButton>(&dialog, "createVault");
    auto* problem = child<QLabel>(&dialog, "problem");
    EXPECT_FALSE(create->isEnabled());
    child<QLineEdit>(&dialog, "newVaultPath")->setText(QString::fromStdString(path));
    child<QLineEdit>(&dialog, "unitName")->setText(QStringLiteral("内蒙古北方特种装备研究所"));
    child<QLineEdit>(&dialog, "unitId")->setText(QStringLiteral("91150200MA0N8XQ313"));
    typeInto(child<PassphraseField>(&dialog, "passphrase"), QStringLiteral("vault passphrase 1"));
    typeInto(child<PassphraseField>(&dialog, "passphraseAgain"),
             QStringLiteral("vault passphrase 1"));
    typeInto(child<PassphraseField>(&dialog, "reviewerPassphrase"),
             QStringLiteral("vault passphrase 1"));
    typeInto(child<PassphraseField>(&dialog, "reviewerPassphraseAgain"),
             QStringLiteral("vault passphrase 1"));
    EXPECT_FALSE(create->isEnabled());
    EXPECT_TRUE(problem->text().contains(QStringLiteral("不同"))) << problem->text().toStdString();
    child<PassphraseField>(&dialog, "reviewerPassphrase")->clear();
    child<PassphraseField>(&dialog, "reviewerPassphraseAgain")->clear();
    typeInto(child<PassphraseField>(&dialog, "reviewerPassphrase"),
             QStringLiteral("reviewer words 2"));
    typeInto(child<PassphraseField>(&dialog, "reviewerPassphraseAgain"),
             QStringLiteral("reviewer words 2"));
    EXPECT_TRUE(problem->text().isEmpty()) << problem->text().toStdString();
    ASSERT_TRUE(create->isEnabled());
    // The reviewer's name, optional, is checked as `review VAULT name` checks it.
    auto* reviewerName = child<QLineEdit>(&dialog, "reviewerName");
    reviewerName->setText(QStringLiteral("王\u202e审查"));
    EXPECT_FALSE(create->isEnabled());
    EXPECT_FALSE(problem->text().isEmpty());
    reviewerName->clear();
    typeInto(reviewerName, QStringLiteral("王审查"));
    ASSERT_TRUE(create->isEnabled()) << problem->text().toStdString();
    EXPECT_FALSE(std::filesystem::exists(path));
    create->click();
    ASSERT_TRUE(waitFor([&] { return dialog.result() == QDialog::Accepted; }, 60000));
    EXPECT_EQ(dialog.createdPath().toStdString(), path);
    app::Vault vault = app::Vault::open(path, secret("vault passphrase 1"), std::nullopt);
    EXPECT_EQ(app::loadIdentity(vault.db()).unitId, "91150200MA0N8XQ313");
    EXPECT_EQ(app::reviewerName(vault.db()), "王审查");
}

}  // namespace
}  // namespace baosong::test
