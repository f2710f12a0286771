#include "wheel_guard.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>

namespace baosong::gui {

namespace {
// The widgets whose value the wheel steps: QComboBox, and QAbstractSpinBox with its date
// and time fields.
bool stepsOnWheel(QObject* object) {
    return qobject_cast<QComboBox*>(object) != nullptr ||
           qobject_cast<QAbstractSpinBox*>(object) != nullptr;
}
}  // namespace

bool WheelGuard::eventFilter(QObject* watched, QEvent* event) {
    if (!stepsOnWheel(watched)) {
        return false;
    }
    auto* widget = static_cast<QWidget*>(watched);
    if (event->type() == QEvent::Polish && widget->focusPolicy() == Qt::WheelFocus) {
        // Qt gives these focus on a wheel turn, after which the next turn would step them.
        widget->setFocusPolicy(Qt::StrongFocus);
    }
    if (event->type() == QEvent::Wheel && !widget->hasFocus()) {
        // Not accepted: Qt hands the turn on to the widgets around, the scroll area first.
        event->ignore();
        return true;
    }
    return false;
}

void installWheelGuard(QApplication& app) {
    if (app.findChild<WheelGuard*>(QString(), Qt::FindDirectChildrenOnly) == nullptr) {
        app.installEventFilter(new WheelGuard(&app));
    }
}

}  // namespace baosong::gui
