#include "safe_relative_path.h"

namespace baosong::app {

std::optional<std::string> unsafePathReason(std::string_view path) {
    if (path.empty()) {
        return "路径为空";
    }
    if (path.front() == '/') {
        return "不能是绝对路径，应相对于 JSON 文件所在的文件夹";
    }
    for (const char c : path) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f) {
            return "包含控制字符";
        }
        if (c == '\\') {
            return "包含反斜杠；请用 / 分隔文件夹";
        }
    }
    std::size_t start = 0;
    while (start <= path.size()) {
        const std::size_t end = std::min(path.find('/', start), path.size());
        const std::string_view part = path.substr(start, end - start);
        if (part.empty()) {
            return "包含空的路径段（//）或以 / 结尾";
        }
        if (part == "." || part == "..") {
            return "不能包含 . 或 ..；照片和附件须放在 JSON 文件所在的文件夹或其子文件夹中";
        }
        if (part.size() > 255) {
            return "文件名过长";
        }
        start = end + 1;
    }
    return std::nullopt;
}

}  // namespace baosong::app
