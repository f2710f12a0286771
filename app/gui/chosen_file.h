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

// Reads file and hands its bytes and file name to choose (app::chosenPhoto,
// app::chosenAttachment); nullopt with problem set to what to tell the officer when the
// file cannot be read or choose refuses it.
using FileChooser =
    std::function<app::NewFile(std::vector<std::uint8_t> bytes, const std::string& name)>;
std::optional<app::NewFile> takeChosenFile(const QString& file, QString& problem,
                                           const FileChooser& choose);

}  // namespace baosong::gui
