// The desktop app's tests: GoogleTest's main inside a QApplication on the offscreen
// platform (no display needed), with QSettings in a temporary folder so no test reads or
// changes a developer's own settings, and the application-wide behaviour main.cpp installs
// (the wheel guard).

#include <gtest/gtest.h>
#include <stdlib.h>

#include <QApplication>
#include <QStandardPaths>

#include "gui/wheel_guard.h"
#include "support/temp_dir.h"

int main(int argc, char** argv) {
    testing::InitGoogleTest(&argc, argv);
    setenv("QT_QPA_PLATFORM", "offscreen", 1);
    baosong::test::TempDir config;
    setenv("XDG_CONFIG_HOME", config.path().c_str(), 1);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("baosong-test"));
    QCoreApplication::setApplicationName(QStringLiteral("baosong-gui-test"));
    baosong::gui::installWheelGuard(app);
    return RUN_ALL_TESTS();
}
