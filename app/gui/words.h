#pragma once
// The desktop app saying a catalogue sentence (app/base/sentence_catalogue.h) in the language
// it runs in, so a sentence app/core composes reads the same here as in the CLI.

#include <QString>

#include "base/text.h"

namespace baosong::gui {

app::Language guiLanguage();
QString words(const app::Text& text);

// A policy finding or a scanner flag in the app's language: their words are the policy
// library's data (wording/findings.json, the scanner's rule files), in both languages.
template <class Said>
QString saidIn(const Said& item) {
    return QString::fromStdString(item.said(guiLanguage() == app::Language::English));
}

}  // namespace baosong::gui
