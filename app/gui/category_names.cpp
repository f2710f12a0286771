#include "category_names.h"

#include "policy/scan/scan_rule_set.h"

namespace baosong::gui {

// The title each category's rule file gives (scanner.md), so the words are data the office
// may change, not code.
QString categoryName(const std::string& category) {
    const policy::CategoryRules* rules = policy::builtInScanRules().find(category);
    return rules != nullptr && !rules->title.empty() ? QString::fromStdString(rules->title)
                                                     : QString::fromStdString(category);
}

}  // namespace baosong::gui
