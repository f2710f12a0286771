#include "flag_outline.h"

#include <QPainter>
#include <QPen>
#include <algorithm>

namespace baosong::gui {

void outlineOn(QPixmap& pixmap, const QRect& box) {
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(QColor(0xd0, 0x10, 0x20));
    pen.setWidth(std::max(3, pixmap.width() / 400));
    painter.setPen(pen);
    const int pad = pen.width() + 2;
    painter.drawRect(box.adjusted(-pad, -pad, pad, pad));
}

QRect pixelBox(const QRectF& fraction, const QSize& size) {
    return QRectF(fraction.x() * size.width(), fraction.y() * size.height(),
                  fraction.width() * size.width(), fraction.height() * size.height())
        .toAlignedRect();
}

}  // namespace baosong::gui
