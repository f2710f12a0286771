#include "role_chooser.h"

#include <QMessageBox>
#include <QPushButton>

namespace baosong::gui {

namespace {
constexpr const char* kRoleProperty = "baosongRole";
}

RoleChooser::RoleChooser()
    : box_(std::make_unique<QMessageBox>(QMessageBox::Question, QObject::tr("报送 baosong"),
                                         QObject::tr("请选择工作方式："))) {
    auto* unit = box_->addButton(QObject::tr("单位：填报与保密审查"), QMessageBox::AcceptRole);
    unit->setProperty(kRoleProperty, static_cast<int>(VaultRole::Unit));
    auto* office = box_->addButton(QObject::tr("国防科工办：接收与汇总"), QMessageBox::AcceptRole);
    office->setProperty(kRoleProperty, static_cast<int>(VaultRole::Office));
    box_->addButton(QMessageBox::Cancel);
}

RoleChooser::~RoleChooser() = default;

std::optional<VaultRole> RoleChooser::ask() {
    box_->exec();
    return chosen();
}

std::optional<VaultRole> RoleChooser::chosen() const {
    const QAbstractButton* clicked = box_->clickedButton();
    if (clicked == nullptr) {
        return std::nullopt;
    }
    const QVariant role = clicked->property(kRoleProperty);
    if (!role.isValid()) {
        return std::nullopt;
    }
    return static_cast<VaultRole>(role.toInt());
}

}  // namespace baosong::gui
