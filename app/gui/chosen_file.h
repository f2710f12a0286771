#pragma once
// A file the officer chose or dropped into the form, read whole if the vault may hold it.

#include <QString>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/submission_edit.h"

namespace baosong::gui {

// The bytes, or nullopt with problem set to a sentence naming the file: unreadable, or
// larger than a vault file may be (app::kMaxStoredFileBytes).
std::optional<std::vector<std::uint8_t>> readChosenFile(const QString& file, QString& problem);

// A core function that checks a chosen file and names it in the vault (app::chosenPhoto,
// app::chosenAttachment).
using FileChooser =
    std::function<app::NewFile(std::vector<std::uint8_t> bytes, const std::string& name)>;

}  // namespace baosong::gui
