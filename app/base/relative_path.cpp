#include "relative_path.h"

#include <algorithm>

namespace baosong::app {

std::optional<Text> relativePathProblem(std::string_view path) {
    if (path.empty()) {
        return Text("path_empty");
    }
    if (path.front() == '/') {
        return Text("path_absolute");
    }
    for (const char c : path) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f) {
            return Text("path_control_character");
        }
        if (c == '\\') {
            return Text("path_backslash");
        }
    }
    std::size_t start = 0;
    while (start <= path.size()) {
        const std::size_t end = std::min(path.find('/', start), path.size());
        const std::string_view part = path.substr(start, end - start);
        if (part.empty()) {
            return Text("path_empty_segment");
        }
        if (part == "." || part == "..") {
            return Text("path_dot_segment");
        }
        if (part.size() > 255) {
            return Text("path_segment_too_long");
        }
        start = end + 1;
    }
    return std::nullopt;
}

}  // namespace baosong::app
