#pragma once
// A new vault: for a unit its identity (fixed for good) and two passphrases, the officer's
// and the security reviewer's, which must differ; for the office one passphrase. Create
// stays disabled, with the reason shown, until everything is acceptable (as
// qBittorrent's dialogs do).

#include <QDialog>

#include "core/vault_session.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace baosong::gui {

class PassphraseField;
using VaultRole = app::VaultRole;

class CreateVaultDialog : public QDialog {
    Q_OBJECT
  public:
    CreateVaultDialog(VaultRole role, QWidget* parent = nullptr);
    QString createdPath() const { return created_; }

  private:
    void chooseFile();
    void revalidate();
    void create();
    QString problem() const;
    void addPassphrasePair(QFormLayout* form, const QString& what, PassphraseField*& first,
                           PassphraseField*& again, QLabel*& strength, const QString& name);

    VaultRole role_;
    QLineEdit* path_;
    QLineEdit* unitName_ = nullptr;
    QLineEdit* unitId_ = nullptr;
    QLineEdit* reviewerName_ = nullptr;
    QComboBox* campaign_ = nullptr;
    QComboBox* channel_ = nullptr;
    QComboBox* profile_ = nullptr;  // an office's: "intl" or "gm"
    PassphraseField* passphrase_;
    PassphraseField* passphraseAgain_;
    QLabel* strength_;
    PassphraseField* reviewer_ = nullptr;
    PassphraseField* reviewerAgain_ = nullptr;
    QLabel* reviewerStrength_ = nullptr;
    QLabel* problem_;
    QProgressBar* progress_;
    QPushButton* createButton_;
    QString created_;
};

}  // namespace baosong::gui
