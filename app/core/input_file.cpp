#include "input_file.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "base/app_error.h"

namespace baosong::app {

std::vector<std::uint8_t> readInputFile(const std::string& path, std::uint64_t maxBytes,
                                        const char* what) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
        throw AppError(ErrorKind::BadInput, "input_missing",
                       std::string(what) + "“" + path + "”不存在");
    }
    if (!fs::is_regular_file(status)) {
        throw AppError(ErrorKind::BadInput, "input_not_file",
                       std::string(what) + "“" + path + "”不是普通文件");
    }
    const std::uint64_t size = fs::file_size(path, ec);
    if (!ec && size > maxBytes) {
        throw AppError(ErrorKind::BadInput, "input_too_large",
                       std::string(what) + "“" + path + "”过大（" + std::to_string(size >> 20) +
                           " MiB，上限 " + std::to_string(maxBytes >> 20) + " MiB）");
    }
    std::ifstream in(path, std::ios::binary);
    if (!in.is_open()) {
        throw AppError(ErrorKind::BadInput, "input_unreadable",
                       std::string("无法打开") + what + "“" + path + "”：" + std::strerror(errno));
    }
    std::vector<std::uint8_t> bytes(static_cast<std::size_t>(size));
    const bool complete =
        in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(size)) &&
        in.peek() == std::ifstream::traits_type::eof();
    if (!complete) {
        throw AppError(ErrorKind::BadInput, "input_unreadable",
                       std::string(what) + "“" + path +
                           "”在读取过程中长度变了（可能有程序正在写它）；请稍后重试");
    }
    return bytes;
}

std::string folderOf(const std::string& filePath) {
    const std::filesystem::path parent = std::filesystem::path(filePath).parent_path();
    return parent.empty() ? std::string(".") : parent.string();
}

std::string readInputText(const std::string& path, std::uint64_t maxBytes, const char* what) {
    const auto bytes = readInputFile(path, maxBytes, what);
    return {bytes.begin(), bytes.end()};
}

}  // namespace baosong::app
