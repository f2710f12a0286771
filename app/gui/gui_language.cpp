#include "gui_language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include "gui_settings.h"

namespace baosong::gui {

QString installLanguage(QCoreApplication& app, const QString& requested) {
    const QString language =
        requested.isEmpty() ? GuiSettings::get(Setting::Language).toString() : requested;
    const bool english = language.startsWith(QLatin1String("en"));
    QLocale::setDefault(english ? QLocale(QLocale::English, QLocale::UnitedStates)
                                : QLocale(QLocale::Chinese, QLocale::China));
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
    if (english) {
        auto* own = new QTranslator(&app);
        if (own->load(QStringLiteral(":/i18n/baosong_en.qm"))) {
            QCoreApplication::installTranslator(own);
        }
    }
    return english ? QStringLiteral("en") : QStringLiteral("zh_CN");
}

}  // namespace baosong::gui
