#pragma once
// A file the officer chose or dropped into the form, read whole if the vault may hold it.

#include <QString>
#include <cstdint>
#include <optional>
#include <vector>

namespace baosong::gui {

// The bytes, or nullopt with problem set to a sentence naming the file: unreadable, or
// larger than a vault file may be (app::kMaxStoredFileBytes).
std::optional<std::vector<std::uint8_t>> readChosenFile(const QString& file, QString& problem);

}  // namespace baosong::gui
