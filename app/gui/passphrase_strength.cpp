#include "passphrase_strength.h"

#include <zxcvbn.h>

#include <QCoreApplication>
#include <cstring>

namespace baosong::gui {

PassphraseStrength estimateStrength(const crypto::SecretBuffer& passphrase) {
    // zxcvbn wants a C string; the copy lives in wiped memory too.
    crypto::SecretBuffer terminated(passphrase.size() + 1);
    if (passphrase.size() > 0) {
        std::memcpy(terminated.data(), passphrase.data(), passphrase.size());
    }
    terminated.data()[passphrase.size()] = 0;
    PassphraseStrength s;
    s.bits = ZxcvbnMatch(reinterpret_cast<const char*>(terminated.data()), nullptr, nullptr);
    // Levels as KeePassXC draws them: under 40 bits poor … 120 and more excellent.
    s.level = s.bits < 40 ? 0 : s.bits < 65 ? 1 : s.bits < 90 ? 2 : s.bits < 120 ? 3 : 4;
    static const char* const texts[] = {
        QT_TRANSLATE_NOOP("PassphraseStrength", "很弱：很容易被猜出，请加长"),
        QT_TRANSLATE_NOOP("PassphraseStrength", "弱：建议用几个不相关的词连成一句"),
        QT_TRANSLATE_NOOP("PassphraseStrength", "中等"),
        QT_TRANSLATE_NOOP("PassphraseStrength", "强"),
        QT_TRANSLATE_NOOP("PassphraseStrength", "很强"),
    };
    s.text = QCoreApplication::translate("PassphraseStrength", texts[s.level]);
    if (passphrase.size() == 0) {
        s.text = QCoreApplication::translate("PassphraseStrength", "请输入口令");
    }
    return s;
}

}  // namespace baosong::gui
