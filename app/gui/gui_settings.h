#pragma once
// Every setting of the desktop app in one typed table with its default (as KeePassXC's
// Config does), so no setting is read under two names or with two defaults. Nothing secret
// is kept here: only preferences and the last vault's path.

#include <QString>
#include <QVariant>

namespace baosong::gui {

enum class Setting {
    AutoLockMinutes,  // int, 5: lock after this long without keyboard or mouse input
    Language,         // "zh_CN" or "en"
    LastVault,        // path of the vault last unlocked
    LastOfficeVault,  // path of the office vault last unlocked
};

class GuiSettings {
  public:
    static QVariant get(Setting setting);
    static void set(Setting setting, const QVariant& value);
    static int autoLockMinutes();
};

}  // namespace baosong::gui
