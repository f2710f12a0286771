// The app's icon is built into the binary and renders: a .qrc in a static library is
// dropped silently unless registered, which left baosong-gui without one.

#include "gui/app_icon.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QImage>
#include <QPixmap>

namespace {

TEST(AppIcon, IsBuiltInAndRendersAtDesktopSizes) {
    ASSERT_TRUE(QFile::exists(QStringLiteral(":/icons/baosong.svg")));
    const QIcon icon = baosong::gui::appIcon();
    ASSERT_FALSE(icon.isNull());
    for (const int size : {16, 48, 256}) {
        const QImage image = icon.pixmap(size, size).toImage();
        ASSERT_EQ(image.width(), size);
        // Drawn, not blank: some pixel is opaque.
        bool drawn = false;
        for (int y = 0; y < size && !drawn; ++y) {
            for (int x = 0; x < size && !drawn; ++x) {
                drawn = qAlpha(image.pixel(x, y)) > 0;
            }
        }
        EXPECT_TRUE(drawn) << size;
    }
}

}  // namespace
