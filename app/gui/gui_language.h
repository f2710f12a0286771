#pragma once
// The desktop app speaks Chinese (its source language) unless English is asked for, by
// --lang en or the saved setting; Qt's own dialogs follow in the same language.

#include <QString>

class QCoreApplication;

namespace baosong::gui {

// Installs the translators; returns the language in use ("zh_CN" or "en").
QString installLanguage(QCoreApplication& app, const QString& requested);

}  // namespace baosong::gui
