#include "channel_names.h"

#include <QCoreApplication>

namespace baosong::gui {

QString channelName(const std::string& channel) {
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("ChannelNames", text);
    };
    if (channel == "defense_unit") {
        return tr("国防科技工业单位（经国防科工办推荐）");
    }
    if (channel == "league_city") {
        return tr("盟市科协");
    }
    if (channel == "regional_society") {
        return tr("自治区级学会");
    }
    if (channel == "regional_institution") {
        return tr("区直单位");
    }
    return QString::fromStdString(channel);
}

}  // namespace baosong::gui
