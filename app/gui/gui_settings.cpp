#include "gui_settings.h"

#include <QSettings>

namespace baosong::gui {

namespace {
struct Entry {
    Setting setting;
    const char* key;
    QVariant defaultValue;
};

const Entry& entry(Setting setting) {
    static const Entry table[] = {
        {Setting::AutoLockMinutes, "security/auto_lock_minutes", 5},
        {Setting::Language, "gui/language", QStringLiteral("zh_CN")},
        {Setting::LastVault, "gui/last_vault", QString()},
        {Setting::LastOfficeVault, "gui/last_office_vault", QString()},
    };
    for (const Entry& e : table) {
        if (e.setting == setting) {
            return e;
        }
    }
    return table[0];
}
}  // namespace

QVariant GuiSettings::get(Setting setting) {
    const Entry& e = entry(setting);
    return QSettings().value(QString::fromLatin1(e.key), e.defaultValue);
}

void GuiSettings::set(Setting setting, const QVariant& value) {
    QSettings().setValue(QString::fromLatin1(entry(setting).key), value);
}

int GuiSettings::autoLockMinutes() {
    bool ok = false;
    const int minutes = get(Setting::AutoLockMinutes).toInt(&ok);
    return ok && minutes >= 1 && minutes <= 120 ? minutes : 5;
}

}  // namespace baosong::gui
