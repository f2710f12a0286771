#pragma once
// A passphrase field: hidden, no input method (a Chinese IME would keep the keystrokes in
// its own candidate window and history), no prediction, no copy or drag out, and the
// text handed over as a SecretBuffer with the field cleared.

#include <QLineEdit>

#include "crypto/secret_buffer.h"

namespace baosong::gui {

class PassphraseField : public QLineEdit {
    Q_OBJECT
  public:
    explicit PassphraseField(QWidget* parent = nullptr);
    // The UTF-8 bytes in memory that is wiped when freed; the field is emptied. Qt keeps
    // copies of typed text we cannot reach; the derived key never lives in Qt.
    crypto::SecretBuffer takeSecret();
    // The same without emptying (for a strength estimate or a comparison).
    crypto::SecretBuffer peekSecret() const;
    void wipe();

  protected:
    void contextMenuEvent(QContextMenuEvent* event) override;
};

}  // namespace baosong::gui
