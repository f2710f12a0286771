// The start-up question names the role of each button, and Cancel chooses none: the
// window that opens next depends on it.

#include "gui/role_chooser.h"

#include <gtest/gtest.h>

#include <QMessageBox>
#include <QPushButton>
#include <QTest>

namespace {

using baosong::gui::RoleChooser;
using baosong::gui::VaultRole;

QAbstractButton* buttonWithText(QMessageBox& box, const QString& text) {
    for (QAbstractButton* button : box.buttons()) {
        if (button->text() == text) {
            return button;
        }
    }
    return nullptr;
}

TEST(RoleChooser, EachButtonChoosesItsRole) {
    const std::pair<QString, VaultRole> cases[] = {
        {QStringLiteral("单位：填报与保密审查"), VaultRole::Unit},
        {QStringLiteral("国防科工办：接收与汇总"), VaultRole::Office},
    };
    for (const auto& [text, role] : cases) {
        RoleChooser chooser;
        chooser.box().show();
        QAbstractButton* button = buttonWithText(chooser.box(), text);
        ASSERT_NE(button, nullptr) << text.toStdString();
        QTest::mouseClick(button, Qt::LeftButton);
        ASSERT_TRUE(chooser.chosen().has_value()) << text.toStdString();
        EXPECT_EQ(*chooser.chosen(), role) << text.toStdString();
    }
}

TEST(RoleChooser, CancelChoosesNothing) {
    RoleChooser chooser;
    chooser.box().show();
    EXPECT_FALSE(chooser.chosen().has_value());
    QTest::mouseClick(chooser.box().button(QMessageBox::Cancel), Qt::LeftButton);
    EXPECT_FALSE(chooser.chosen().has_value());
}

}  // namespace
