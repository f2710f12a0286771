#include "gui_runtime.h"

#include <QGuiApplication>
#include <cstdio>

#include "store/app_error.h"

namespace baosong::app::documents {

namespace {
GuiRuntime* owner = nullptr;

// Qt's warnings on a headless machine (no XDG_RUNTIME_DIR, no session) are not the user's
// business in a command's output; what would matter here (a missing font) is checked
// before drawing and reported as an error of our own.
void quietMessages(QtMsgType type, const QMessageLogContext&, const QString& message) {
    if (type == QtCriticalMsg || type == QtFatalMsg) {
        std::fprintf(stderr, "Qt: %s\n", message.toLocal8Bit().constData());
    }
}
}  // namespace

GuiRuntime::GuiRuntime() {
    owner = this;
}

GuiRuntime::~GuiRuntime() {
    app_.reset();
    if (owner == this) {
        owner = nullptr;
    }
}

void GuiRuntime::require() {
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) != nullptr) {
        return;
    }
    if (owner == nullptr || QCoreApplication::instance() != nullptr) {
        throw AppError(ErrorKind::Problem, "pdf_runtime_missing",
                       "内部错误：生成 PDF 需要 Qt 图形环境，但程序没有准备");
    }
    // QGuiApplication keeps argc and argv for its lifetime.
    static int argc = 3;
    static char name[] = "baosong";
    static char option[] = "-platform";
    static char platform[] = "offscreen";
    static char* argv[] = {name, option, platform, nullptr};
    qInstallMessageHandler(quietMessages);
    owner->app_ = std::make_unique<QGuiApplication>(argc, argv);
}

}  // namespace baosong::app::documents
