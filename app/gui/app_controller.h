#pragma once
// What the desktop app is showing: the unlock dialog or an unlocked window, for a unit or
// the office (chosen at start). It owns the one inactivity timer: after the configured
// idle time, or on Ctrl+L, the window goes (with the vault and every key in it) and the
// unlock dialog comes back.

#include <QMainWindow>
#include <QObject>
#include <QPointer>
#include <QString>

#include "inactivity_timer.h"
#include "unlock_dialog.h"

namespace baosong::gui {

class AppController : public QObject {
    Q_OBJECT
  public:
    explicit AppController(VaultRole role, QObject* parent = nullptr);
    ~AppController() override;
    // Shows the unlock dialog (non-modal, so tests and the event loop drive it).
    void start();
    // The vault the unlock dialog offers first (else the last one unlocked).
    void setVaultPath(const QString& path) { path_ = path; }
    void lock();
    UnlockDialog* unlockDialog() const { return unlock_; }
    QMainWindow* window() const { return window_; }
    InactivityTimer& inactivity() { return inactivity_; }

  signals:
    void unlocked();
    void lockedNow();

  private:
    void showUnlock(const QString& message);
    void opened();
    QMainWindow* makeWindow(app::OpenedVault opened);
    void applyAutoLock();

    VaultRole role_;
    QString path_;
    QPointer<UnlockDialog> unlock_;
    QPointer<QMainWindow> window_;
    InactivityTimer inactivity_;
};

}  // namespace baosong::gui
