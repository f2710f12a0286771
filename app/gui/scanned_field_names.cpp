#include "scanned_field_names.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace baosong::gui {

QString scannedFieldName(const std::string& field) {
    static const std::pair<const char*, const char*> plain[] = {
        {"employer", QT_TRANSLATE_NOOP("ScannedFieldNames", "工作单位")},
        {"position", QT_TRANSLATE_NOOP("ScannedFieldNames", "职务")},
        {"address", QT_TRANSLATE_NOOP("ScannedFieldNames", "通讯地址")},
        {"specialty", QT_TRANSLATE_NOOP("ScannedFieldNames", "专业专长")},
        {"honors.notes", QT_TRANSLATE_NOOP("ScannedFieldNames", "荣誉情况")},
        {"deeds", QT_TRANSLATE_NOOP("ScannedFieldNames", "主要事迹")},
        {"unit_opinion", QT_TRANSLATE_NOOP("ScannedFieldNames", "所在单位意见")},
        {"recommender_opinion", QT_TRANSLATE_NOOP("ScannedFieldNames", "推荐单位意见")},
        {"report", QT_TRANSLATE_NOOP("ScannedFieldNames", "推荐报告")},
    };
    for (const auto& [key, name] : plain) {
        if (field == key) {
            return QCoreApplication::translate("ScannedFieldNames", name);
        }
    }
    const QString key = QString::fromStdString(field);
    static const QRegularExpression story(QStringLiteral("^stories\\[(\\d+)\\]$"));
    static const QRegularExpression history(QStringLiteral("^history\\[(\\d+)\\]\\.(unit|work)$"));
    if (const auto m = story.match(key); m.hasMatch()) {
        return QCoreApplication::translate("ScannedFieldNames", "感人故事 %1")
            .arg(m.captured(1).toInt() + 1);
    }
    if (const auto m = history.match(key); m.hasMatch()) {
        return (m.captured(2) == QLatin1String("unit")
                    ? QCoreApplication::translate("ScannedFieldNames", "工作经历 %1：单位")
                    : QCoreApplication::translate("ScannedFieldNames", "工作经历 %1：工作内容"))
            .arg(m.captured(1).toInt() + 1);
    }
    return key;
}

}  // namespace baosong::gui
