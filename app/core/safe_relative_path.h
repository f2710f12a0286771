#pragma once
// Paths inside a submission are relative to its JSON file and are written back out on
// export, so they must not be able to point anywhere else.

#include <optional>
#include <string>
#include <string_view>

namespace baosong::app {

// Empty when the path is safe; otherwise why not, in Chinese. Refused: empty, absolute,
// "." or ".." components, empty components, backslashes, control characters, a component
// longer than 255 bytes.
std::optional<std::string> unsafePathReason(std::string_view path);

}  // namespace baosong::app
