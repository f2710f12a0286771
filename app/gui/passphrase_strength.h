#pragma once
// How hard a new passphrase is to guess: zxcvbn's estimate in bits (the estimator KeePassXC
// shows), as one of five levels with a sentence. Only a hint: the rule that refuses a
// passphrase is app/core's (passphrase_rules.h).

#include <QString>

#include "crypto/secret_buffer.h"

namespace baosong::gui {

struct PassphraseStrength {
    int level = 0;  // 0 very weak … 4 very strong
    double bits = 0;
    QString text;
};

PassphraseStrength estimateStrength(const crypto::SecretBuffer& passphrase);

}  // namespace baosong::gui
