#pragma once
// Where the scanner found words in a photo or on a page, outlined in red on the picture the
// reviewer looks at (scanner.md "Files": a flag's box), the same in every viewer.

#include <QPixmap>
#include <QRect>

namespace baosong::gui {

void outlineOn(QPixmap& pixmap, const QRect& box);

}  // namespace baosong::gui
