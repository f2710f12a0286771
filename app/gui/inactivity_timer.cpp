#include "inactivity_timer.h"

#include <QCoreApplication>
#include <QEvent>

namespace baosong::gui {

InactivityTimer::InactivityTimer(QObject* parent) : QObject(parent) {
    timer_.setSingleShot(true);
    connect(&timer_, &QTimer::timeout, this, [this] {
        stop();
        emit inactive();
    });
}

void InactivityTimer::setInterval(int milliseconds) {
    timer_.setInterval(milliseconds);
}

void InactivityTimer::start() {
    if (!active_) {
        QCoreApplication::instance()->installEventFilter(this);
        active_ = true;
    }
    timer_.start();
}

void InactivityTimer::stop() {
    if (active_) {
        QCoreApplication::instance()->removeEventFilter(this);
        active_ = false;
    }
    timer_.stop();
}

bool InactivityTimer::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
            timer_.start();
            break;
        default:
            break;
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace baosong::gui
