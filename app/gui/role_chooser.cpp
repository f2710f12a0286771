#include "role_chooser.h"

#include <QMessageBox>
#include <QPushButton>

namespace baosong::gui {

RoleChooser::RoleChooser()
    : box_(std::make_unique<QMessageBox>(QMessageBox::Question, QObject::tr("报送 baosong"),
                                         QObject::tr("请选择工作方式："))) {
    unit_ = box_->addButton(QObject::tr("单位：填报与保密审查"), QMessageBox::AcceptRole);
    office_ = box_->addButton(QObject::tr("国防科工办：接收与汇总"), QMessageBox::AcceptRole);
    box_->addButton(QMessageBox::Cancel);
}

RoleChooser::~RoleChooser() = default;

std::optional<VaultRole> RoleChooser::ask() {
    box_->exec();
    return chosen();
}

std::optional<VaultRole> RoleChooser::chosen() const {
    const QAbstractButton* clicked = box_->clickedButton();
    if (clicked == unit_) {
        return VaultRole::Unit;
    }
    if (clicked == office_) {
        return VaultRole::Office;
    }
    return std::nullopt;  // Cancel, closed, or not yet answered
}

}  // namespace baosong::gui
