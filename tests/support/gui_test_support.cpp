#include "gui_test_support.h"

#include <QApplication>
#include <QKeyEvent>
#include <QTest>
#include <QWidget>

namespace baosong::test {

bool waitFor(const std::function<bool()>& done, int timeoutMs) {
    return QTest::qWaitFor(done, timeoutMs);
}

void typeInto(QWidget* widget, const QString& text) {
    widget->setFocus();
    // QTest::keyClicks knows only ASCII keys; Chinese arrives as key events that carry text,
    // the way an input method's commit reaches a widget without one. Enter is a key.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype units = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QString piece = text.mid(i, units);
        i += units - 1;
        if (piece == QStringLiteral("\n")) {
            QTest::keyClick(widget, Qt::Key_Return);
            continue;
        }
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, piece);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, piece);
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

}  // namespace baosong::test
