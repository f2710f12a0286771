#pragma once
// The mouse wheel over a drop-down, spin box or date field that the user has not clicked or
// tabbed into scrolls the page instead of changing the value. Rolling the wheel down a long
// form must never turn 性别 from 男 into 女 or 政治面貌 into 中共预备党员 on the way: those
// values go onto an official form. Installed once on the application, so every window
// and dialog, now and later, behaves alike.

#include <QObject>

class QApplication;

namespace baosong::gui {

class WheelGuard : public QObject {
    Q_OBJECT
  public:
    using QObject::QObject;

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

// Installs the guard on app (once; a second call does nothing).
void installWheelGuard(QApplication& app);

}  // namespace baosong::gui
