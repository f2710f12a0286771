#include "passphrase_field.h"

#include <QContextMenuEvent>
#include <cstring>

namespace baosong::gui {

PassphraseField::PassphraseField(QWidget* parent) : QLineEdit(parent) {
    setEchoMode(QLineEdit::Password);
    setAttribute(Qt::WA_InputMethodEnabled, false);
    setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText |
                        Qt::ImhNoAutoUppercase | Qt::ImhLatinOnly);
    setDragEnabled(false);
    setMaxLength(1024);
}

crypto::SecretBuffer PassphraseField::peekSecret() const {
    QByteArray utf8 = text().toUtf8();
    crypto::SecretBuffer secret(static_cast<std::size_t>(utf8.size()));
    if (!utf8.isEmpty()) {
        std::memcpy(secret.data(), utf8.constData(), static_cast<std::size_t>(utf8.size()));
    }
    utf8.fill('\0');
    return secret;
}

crypto::SecretBuffer PassphraseField::takeSecret() {
    crypto::SecretBuffer secret = peekSecret();
    wipe();
    return secret;
}

void PassphraseField::wipe() {
    clear();
}

void PassphraseField::contextMenuEvent(QContextMenuEvent* event) {
    event->accept();  // no copy, no paste history
}

}  // namespace baosong::gui
