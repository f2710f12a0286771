#pragma once
// What the desktop app says when an action fails: app/core's sentence, with the paths and
// fields it names, in the app's language (words.h). No exception leaves a slot: every action
// catches and shows one of these.

#include <QString>
#include <exception>

class QWidget;

namespace baosong::gui {

QString errorText(std::exception_ptr error);
// The machine code of an AppError, "" for anything else.
QString errorCode(std::exception_ptr error);
void showError(QWidget* parent, const QString& title, std::exception_ptr error);

// Runs action; on an exception shows it and returns false.
template <class F>
bool guarded(QWidget* parent, const QString& title, F&& action) {
    try {
        action();
        return true;
    } catch (...) {
        showError(parent, title, std::current_exception());
        return false;
    }
}

}  // namespace baosong::gui
