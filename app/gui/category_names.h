#pragma once
// The scanner's nine categories (spec/scanner.md), as a reviewer names them.

#include <QString>
#include <string>

namespace baosong::gui {

QString categoryName(const std::string& category);

}  // namespace baosong::gui
