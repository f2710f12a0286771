#pragma once
// The desktop app saying a catalogue sentence (app/base/sentence_catalogue.h) in the language
// it runs in, so a sentence app/core composes reads the same here as in the CLI.

#include <QString>

#include "base/text.h"

namespace baosong::gui {

app::Language guiLanguage();
QString words(const app::Text& text);

}  // namespace baosong::gui
