#include "app_controller.h"

#include <QApplication>
#include <QMainWindow>

#include <QTimer>
#include "background_task.h"
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
    GuiSettings::set(last, path_);
    if (role_ == VaultRole::Office) {
        auto* office = new OfficeWindow(std::move(*vault));
        connect(office, &OfficeWindow::lockRequested, this, &AppController::lock);
        window_ = office;
    } else {
        auto* unit = new UnitWindow(std::move(*vault));
        connect(unit, &UnitWindow::lockRequested, this, &AppController::lock);
        connect(unit, &UnitWindow::autoLockChanged, this, [this] {
            applyAutoLock();
            inactivity_.start();
        });
        window_ = unit;
    }
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
