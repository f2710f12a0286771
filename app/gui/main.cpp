// baosong-gui: the desktop app. Translates between people and app/core, nothing more.

#include <QApplication>
#include <QCommandLineParser>
#include <cstdio>

#include "app_controller.h"
#include "app_icon.h"
#include "crypto/process_hardening.h"
#include "crypto/sodium_runtime.h"
#include "gui_language.h"
#include "role_chooser.h"
#include "wheel_guard.h"

namespace {
using baosong::gui::VaultRole;
}  // namespace

int main(int argc, char** argv) {
    // No core dumps, no ptrace: the unlocked vault key is in this process's memory.
    if (!baosong::crypto::hardenProcess()) {
        std::fputs("baosong-gui: could not disable core dumps\n", stderr);
    }
    // Qt's own file dialogs: a platform one runs outside Qt's widgets, where locking could
    // not close it before the window it belongs to goes.
    QApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("baosong"));
    QCoreApplication::setApplicationName(QStringLiteral("baosong-gui"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BAOSONG_VERSION));
    QApplication::setWindowIcon(baosong::gui::appIcon());
    baosong::gui::installWheelGuard(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("baosong desktop app"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption unitOption(QStringLiteral("unit"), QStringLiteral("unit mode"));
    const QCommandLineOption officeOption(QStringLiteral("office"), QStringLiteral("office mode"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("zh_CN or en"),
                                        QStringLiteral("language"));
    parser.addOptions({unitOption, officeOption, langOption});
    parser.addPositionalArgument(QStringLiteral("vault"), QStringLiteral("the vault to unlock"),
                                 QStringLiteral("[VAULT]"));
    parser.process(app);
    baosong::gui::installLanguage(app, parser.value(langOption));
    baosong::crypto::requireSodium();

    std::optional<VaultRole> role;
    if (parser.isSet(unitOption)) {
        role = VaultRole::Unit;
    } else if (parser.isSet(officeOption)) {
        role = VaultRole::Office;
    } else {
        role = baosong::gui::RoleChooser().ask();
    }
    if (!role) {
        return 0;
    }
    baosong::gui::AppController controller(*role);
    if (!parser.positionalArguments().isEmpty()) {
        controller.setVaultPath(parser.positionalArguments().constFirst());
    }
    controller.start();
    return QApplication::exec();
}
