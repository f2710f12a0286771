#include "relative_path.h"

#include <algorithm>

namespace baosong::app {

std::optional<std::string> relativePathProblem(std::string_view path) {
    if (path.empty()) {
        return "路径为空";
    }
    if (path.front() == '/') {
        return "路径是绝对路径；应相对于所在的文件夹";
    }
    for (const char c : path) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f) {
            return "路径含控制字符";
        }
        if (c == '\\') {
            return "路径含反斜杠；请用 / 分隔文件夹";
        }
    }
    std::size_t start = 0;
    while (start <= path.size()) {
        const std::size_t end = std::min(path.find('/', start), path.size());
        const std::string_view part = path.substr(start, end - start);
        if (part.empty()) {
            return "路径含空的路径段（//）或以 / 结尾";
        }
        if (part == "." || part == "..") {
            return "路径含“.”或“..”段；文件须在所在的文件夹或其子文件夹中";
        }
        if (part.size() > 255) {
            return "路径的一段超过 255 字节";
        }
        start = end + 1;
    }
    return std::nullopt;
}

}  // namespace baosong::app
