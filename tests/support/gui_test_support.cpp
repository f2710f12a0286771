#include "gui_test_support.h"

#include <QTest>
#include <QWidget>

namespace baosong::test {

bool waitFor(const std::function<bool()>& done, int timeoutMs) {
    return QTest::qWaitFor(done, timeoutMs);
}

void typeInto(QWidget* widget, const QString& text) {
    widget->setFocus();
    QTest::keyClicks(widget, text);
}

}  // namespace baosong::test
