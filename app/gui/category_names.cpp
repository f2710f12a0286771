#include "category_names.h"

#include <QCoreApplication>
#include <map>

namespace baosong::gui {

QString categoryName(const std::string& category) {
    static const std::map<std::string, const char*> names = {
        {"MARKING", QT_TRANSLATE_NOOP("CategoryNames", "密级或保密标志")},
        {"CLASSIFIED_TERM", QT_TRANSLATE_NOOP("CategoryNames", "定密用语")},
        {"MILITARY_UNIT", QT_TRANSLATE_NOOP("CategoryNames", "部队番号或代号")},
        {"WEAPON_DESIGNATION", QT_TRANSLATE_NOOP("CategoryNames", "装备型号")},
        {"GEO_LOCATION", QT_TRANSLATE_NOOP("CategoryNames", "试验场地、基地或坐标")},
        {"PROJECT_CODE", QT_TRANSLATE_NOOP("CategoryNames", "项目或任务代号")},
        {"TECH_SPEC", QT_TRANSLATE_NOOP("CategoryNames", "战术技术指标")},
        {"FREQUENCY", QT_TRANSLATE_NOOP("CategoryNames", "频率或频段")},
        {"QUANTITY", QT_TRANSLATE_NOOP("CategoryNames", "产量、经费、兵力等数量")},
    };
    const auto it = names.find(category);
    return it == names.end() ? QString::fromStdString(category)
                             : QCoreApplication::translate("CategoryNames", it->second);
}

}  // namespace baosong::gui
