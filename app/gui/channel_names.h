#pragma once
// The four channels of the notice (spec/submission.md "channel"), as people name them.

#include <QString>

namespace baosong::gui {

QString channelName(const std::string& channel);

}  // namespace baosong::gui
