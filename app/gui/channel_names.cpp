#include "channel_names.h"

#include <QCoreApplication>

namespace baosong::gui {

QString channelName(const std::string& channel) {
    if (channel == "defense_unit") {
        return QCoreApplication::translate("ChannelNames", "国防科技工业单位（经国防科工办推荐）");
    }
    if (channel == "league_city") {
        return QCoreApplication::translate("ChannelNames", "盟市科协");
    }
    if (channel == "regional_society") {
        return QCoreApplication::translate("ChannelNames", "自治区级学会");
    }
    if (channel == "regional_institution") {
        return QCoreApplication::translate("ChannelNames", "区直单位");
    }
    return QString::fromStdString(channel);
}

}  // namespace baosong::gui
