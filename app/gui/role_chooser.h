#pragma once
// The same binary serves units and the office; without --unit or --office it asks once at
// start which of the two this machine is.

#include <memory>
#include <optional>

#include "unlock_dialog.h"

class QAbstractButton;
class QMessageBox;

namespace baosong::gui {

// The question box, unshown, with its two role buttons and Cancel; kept apart from its
// use so that tests can press the buttons.
class RoleChooser {
  public:
    RoleChooser();
    ~RoleChooser();
    RoleChooser(const RoleChooser&) = delete;
    RoleChooser& operator=(const RoleChooser&) = delete;

    QMessageBox& box() { return *box_; }
    // Shows the box modally; nullopt when cancelled or closed.
    std::optional<VaultRole> ask();
    // The role whose button was pressed, if any.
    std::optional<VaultRole> chosen() const;

  private:
    std::unique_ptr<QMessageBox> box_;
    QAbstractButton* unit_;  // owned by box_
    QAbstractButton* office_;
};

}  // namespace baosong::gui
