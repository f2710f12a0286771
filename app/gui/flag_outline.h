#pragma once
// Where the scanner found words in a photo or on a page, outlined in red on the picture the
// reviewer looks at (scanner.md "Files": a flag's box), the same in every viewer.

#include <QPixmap>
#include <QRect>
#include <QRectF>
#include <QSize>

namespace baosong::gui {

void outlineOn(QPixmap& pixmap, const QRect& box);

// A flag's box (fractions of the page, from its top left) in pixels of a picture of size.
QRect pixelBox(const QRectF& fraction, const QSize& size);

}  // namespace baosong::gui
