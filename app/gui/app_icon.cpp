#include "app_icon.h"

namespace baosong::gui {

QIcon appIcon() {
    return QIcon(QStringLiteral(":/icons/baosong.svg"));
}

}  // namespace baosong::gui
