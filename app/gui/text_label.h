#pragma once
// A label that shows a value or a message to read and copy: named for tests, named for
// screen readers, wrapped, selectable by mouse and keyboard.

#include <QLabel>

namespace baosong::gui {

QLabel* textLabel(QWidget* parent, const char* objectName, const QString& accessibleName);

}  // namespace baosong::gui
