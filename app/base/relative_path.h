#pragma once
// A path relative to a folder that must never lead out of it: the files a submission
// names (relative to its JSON file, written back out on export) and the names inside a
// bag (bundle/bag_path.h adds what a bag asks beyond this). One check for both, so that
// what import accepts the bag can carry.

#include <optional>

#include <string>
#include <string_view>
#include "base/text.h"

namespace baosong::app {

// Empty when the path is safe; otherwise why not, as a Chinese phrase about "路径".
// Refused: empty, absolute, control characters, backslashes, empty, "." or ".."
// components, a component longer than 255 bytes (what every file system takes).
std::optional<Text> relativePathProblem(std::string_view path);

}  // namespace baosong::app
