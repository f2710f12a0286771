#pragma once
// Driving the desktop app's real widgets in tests: find a child by object name (the test
// fails when it is missing), wait for background work without sleeping blindly, type.

#include <gtest/gtest.h>

#include <QObject>
#include <QString>
#include <functional>

class QWidget;

namespace baosong::test {

template <class W>
W* child(QObject* parent, const char* name) {
    W* found = parent->findChild<W*>(QString::fromLatin1(name));
    EXPECT_NE(found, nullptr) << "no child named " << name;
    return found;
}

// Processes events until done() or the timeout (milliseconds); returns done().
bool waitFor(const std::function<bool()>& done, int timeoutMs = 20000);

void typeInto(QWidget* widget, const QString& text);

}  // namespace baosong::test
