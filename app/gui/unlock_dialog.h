#pragma once
// Unlocking a vault: which file, the passphrase, and while Argon2id derives the key (a
// second or more, on purpose) a busy bar with the cost and the time so far. A wrong
// passphrase says so, empties the field and puts the cursor back in it.

#include <QDialog>
#include <QElapsedTimer>
#include <QTimer>
#include <optional>

#include "core/vault_session.h"

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace baosong::gui {

class PassphraseField;

using VaultRole = app::VaultRole;

class UnlockDialog : public QDialog {
    Q_OBJECT
  public:
    UnlockDialog(VaultRole role, const QString& path, QWidget* parent = nullptr);
    std::optional<app::OpenedVault> takeVault();
    void setMessage(const QString& message);

  private:
    void chooseFile();
    void createVault();
    void unlock();
    void finishUnlock(app::OpenedVault opened);
    void failUnlock(std::exception_ptr error);
    void setBusy(bool busy);

    VaultRole role_;
    QLineEdit* path_;
    PassphraseField* passphrase_;
    QLabel* message_;
    QProgressBar* progress_;
    QPushButton* unlockButton_;
    QPushButton* createButton_;
    QPushButton* browseButton_;
    QTimer tick_;
    QElapsedTimer elapsed_;
    std::optional<app::OpenedVault> opened_;
};

}  // namespace baosong::gui
