#include "candidate_number.h"

#include <charconv>

#include "usage_error.h"

namespace baosong::cli {

std::size_t candidateIndex(const std::string& option, const std::string& value) {
    std::size_t number = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), number);
    if (ec != std::errc() || end != value.data() + value.size() || number == 0) {
        throw usageError(
            app::Text("usage_candidate_number").with("option", option).with("value", value));
    }
    return number - 1;
}

}  // namespace baosong::cli
