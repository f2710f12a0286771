#include "app_controller.h"

#include <QApplication>
#include <QMainWindow>

#include <QTimer>
#include "background_task.h"
#include "error_text.h"
#include "gui_settings.h"
#include "office_window.h"
#include "unit_window.h"

namespace baosong::gui {

AppController::AppController(VaultRole role, QObject* parent) : QObject(parent), role_(role) {
    connect(&inactivity_, &InactivityTimer::inactive, this, &AppController::lock);
    applyAutoLock();
}

AppController::~AppController() {
    delete window_;
    delete unlock_;
}

void AppController::applyAutoLock() {
    inactivity_.setInterval(GuiSettings::autoLockMinutes() * 60 * 1000);
}

void AppController::start() {
    showUnlock(QString());
}

void AppController::showUnlock(const QString& message) {
    const Setting last = role_ == VaultRole::Unit ? Setting::LastVault : Setting::LastOfficeVault;
    unlock_ = new UnlockDialog(role_, path_.isEmpty() ? GuiSettings::get(last).toString() : path_);
    unlock_->setAttribute(Qt::WA_DeleteOnClose);
    if (!message.isEmpty()) {
        unlock_->setMessage(message);
    }
    connect(unlock_, &QDialog::accepted, this, &AppController::opened);
    connect(unlock_, &QDialog::rejected, qApp, &QApplication::quit);
    unlock_->show();
}

void AppController::opened() {
    auto vault = unlock_->takeVault();
    if (!vault) {
        return;
    }
    const Setting last = role_ == VaultRole::Unit ? Setting::LastVault : Setting::LastOfficeVault;
    path_ = QString::fromStdString(vault->vault.path());
    // A window reads the vault as it is built (a stored submission that no longer parses, a
    // damaged or busy vault): no exception may leave this slot (STYLE.md 5). The vault
    // closes with the failed window and the unlock dialog says why.
    QMainWindow* window = nullptr;
    try {
        window = makeWindow(std::move(*vault));
    } catch (...) {
        showUnlock(tr("保险库已解锁，但无法显示其内容，已重新锁定：") +
                   errorText(std::current_exception()));
        return;
    }
    GuiSettings::set(last, path_);
    window_ = window;
    window_->setAttribute(Qt::WA_DeleteOnClose);
    connect(window_, &QObject::destroyed, this, [this] {
        if (!unlock_) {
            qApp->quit();  // closed by the user, not locked
        }
    });
    window_->show();
    applyAutoLock();
    inactivity_.start();
    emit unlocked();
}

QMainWindow* AppController::makeWindow(app::OpenedVault opened) {
    if (role_ == VaultRole::Office) {
        auto* office = new OfficeWindow(std::move(opened));
        // Queued: a request comes from inside the window (a menu's mouse handler, a
        // shortcut), and lock() deletes that window with its menus; run directly, the menu
        // was deleted inside its own handler and the heap corrupted (malloc_consolidate).
        connect(office, &OfficeWindow::lockRequested, this, &AppController::lock,
                Qt::QueuedConnection);
        return office;
    }
    auto* unit = new UnitWindow(std::move(opened));
    connect(unit, &UnitWindow::lockRequested, this, &AppController::lock, Qt::QueuedConnection);
    connect(unit, &UnitWindow::autoLockChanged, this, [this] {
        applyAutoLock();
        inactivity_.start();
    });
    return unit;
}

void AppController::lock() {
    inactivity_.stop();
    if (!window_) {
        return;
    }
    if (QWidget* modal = QApplication::activeModalWidget(); modal != nullptr && modal != unlock_) {
        // A dialog's own event loop runs inside a method of the window: hiding the dialog
        // ends that loop, and the lock follows once the method has returned.
        modal->hide();
        QTimer::singleShot(50, this, &AppController::lock);
        return;
    }
    if (backgroundJobs() > 0) {
        // A job (a seal, an Argon2id derivation) still uses the vault: lock when it ends.
        QTimer::singleShot(200, this, &AppController::lock);
        return;
    }
    QString message = tr("已锁定：保险库已关闭，内存中的密钥已清除。");
    if (auto* unit = qobject_cast<UnitWindow*>(window_.data())) {
        const QString problem = unit->lock();
        if (!problem.isEmpty()) {
            message += QStringLiteral("\n") + problem;
        }
    }
    QMainWindow* closing = window_;
    showUnlock(message);
    delete closing;
    emit lockedNow();
}

}  // namespace baosong::gui
