#include "category_names.h"

#include "policy/scan/scan_rule_set.h"
#include "words.h"

namespace baosong::gui {

// The title each category's rule file gives (scanner.md), so the words are data the office
// may change, not code.
QString categoryName(const std::string& category) {
    const policy::CategoryRules* rules = policy::builtInScanRules().find(category);
    if (rules == nullptr) {
        return QString::fromStdString(category);
    }
    return QString::fromStdString(guiLanguage() == app::Language::English ? rules->titleEn
                                                                          : rules->title);
}

}  // namespace baosong::gui
