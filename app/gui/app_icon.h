#pragma once

#include <QIcon>

namespace baosong::gui {

// The app's icon (icons/baosong.svg, built into the binary); Qt renders it at any size.
QIcon appIcon();

}  // namespace baosong::gui
