#include "placeholders.h"

namespace baosong::policy {

std::string fillPlaceholders(
    std::string_view words,
    const std::function<std::optional<std::string>(std::string_view)>& valueOf) {
    std::string out;
    out.reserve(words.size() + 64);
    for (std::size_t i = 0; i < words.size();) {
        const std::size_t open = words.find('{', i);
        const std::size_t close =
            open == std::string_view::npos ? std::string_view::npos : words.find('}', open);
        if (close == std::string_view::npos) {
            out.append(words.substr(i));
            break;
        }
        out.append(words.substr(i, open - i));
        if (const auto value = valueOf(words.substr(open + 1, close - open - 1))) {
            out += *value;
        } else {
            out.append(words.substr(open, close - open + 1));
        }
        i = close + 1;
    }
    return out;
}

}  // namespace baosong::policy
