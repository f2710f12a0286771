#include "words.h"

#include <QLocale>

namespace baosong::gui {

app::Language guiLanguage() {
    // gui_language.cpp sets the default locale from --lang or the saved setting.
    return QLocale().language() == QLocale::English ? app::Language::English
                                                    : app::Language::Chinese;
}

QString words(const app::Text& text) {
    return QString::fromStdString(text.in(guiLanguage()));
}

}  // namespace baosong::gui
