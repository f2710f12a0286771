#pragma once
// Names inside a bag (bundle.md): UTF-8 in Unicode NFC, so that the same name typed on
// two systems is the same bytes; no "%" and no control characters, so that a BagIt
// manifest line never needs percent-encoding (RFC 8493 §2.1.3) and sha256sum reads it as
// written; relative, with no empty, "." or ".." component, so that no entry can land
// outside the bag when unpacked (base/relative_path.h, shared with a submission's paths).

#include <optional>
#include <string>
#include <string_view>

#include "base/text.h"

namespace baosong::app::bundle {

// Empty when path may name a file in a bag; otherwise the reason, in Chinese.
std::optional<Text> bagPathProblem(std::string_view path);

// The NFC form of a UTF-8 name (ICU). Throws AppError (BadInput) "bag_name_invalid" on
// invalid UTF-8.
std::string toNfc(std::string_view text);

}  // namespace baosong::app::bundle
