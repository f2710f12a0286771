#include "minisign_text.h"

#include "crypto_error.h"

namespace baosong::crypto {

std::vector<std::string_view> minisignLines(std::string_view text) {
    std::vector<std::string_view> lines;
    while (!text.empty()) {
        const auto newline = text.find('\n');
        std::string_view line = text.substr(0, newline);
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1);
        }
        lines.push_back(line);
        if (newline == std::string_view::npos) {
            break;
        }
        text.remove_prefix(newline + 1);
    }
    return lines;
}

std::string_view afterPrefix(std::string_view line, std::string_view prefix, const char* code) {
    if (!line.starts_with(prefix)) {
        throw CryptoError(code, "minisign 文件格式不正确：缺少“" + std::string(prefix) + "”行");
    }
    return line.substr(prefix.size());
}

}  // namespace baosong::crypto
