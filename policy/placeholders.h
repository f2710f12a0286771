#pragma once
// The one reader of the {name} sentence templates baosong's words use: policy's finding words
// (wording.h) and app's sentence catalogue (app/base/text.h) both fill theirs here.

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace baosong::policy {

// `words` with each {name} replaced by valueOf(name); a name valueOf does not know is left
// as it stands, visible, never dropped.
std::string fillPlaceholders(
    std::string_view words,
    const std::function<std::optional<std::string>(std::string_view)>& valueOf);

}  // namespace baosong::policy
