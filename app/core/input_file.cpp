#include "input_file.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "base/app_error.h"

namespace baosong::app {

std::vector<std::uint8_t> readInputFile(const std::string& path, std::uint64_t maxBytes,
                                        const char* whatKey) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
        throw AppError(ErrorKind::BadInput, "input_missing",
                       Text("input_missing").with("what", Text(whatKey)).with("path", path));
    }
    if (!fs::is_regular_file(status)) {
        throw AppError(ErrorKind::BadInput, "input_not_file",
                       Text("input_not_file").with("what", Text(whatKey)).with("path", path));
    }
    const std::uint64_t size = fs::file_size(path, ec);
    if (!ec && size > maxBytes) {
        throw AppError(ErrorKind::BadInput, "input_too_large",
                       Text("input_too_large")
                           .with("what", Text(whatKey))
                           .with("path", path)
                           .with("size_mib", std::to_string(size >> 20))
                           .with("limit_mib", std::to_string(maxBytes >> 20)));
    }
    std::ifstream in(path, std::ios::binary);
    if (!in.is_open()) {
        throw AppError(ErrorKind::BadInput, "input_unreadable",
                       Text("input_unopenable")
                           .with("what", Text(whatKey))
                           .with("path", path)
                           .with("reason", std::strerror(errno)));
    }
    std::vector<std::uint8_t> bytes(static_cast<std::size_t>(size));
    const bool complete =
        in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(size)) &&
        in.peek() == std::ifstream::traits_type::eof();
    if (!complete) {
        throw AppError(
            ErrorKind::BadInput, "input_unreadable",
            Text("input_changed_while_read").with("what", Text(whatKey)).with("path", path));
    }
    return bytes;
}

std::string folderOf(const std::string& filePath) {
    const std::filesystem::path parent = std::filesystem::path(filePath).parent_path();
    return parent.empty() ? std::string(".") : parent.string();
}

std::string readInputText(const std::string& path, std::uint64_t maxBytes, const char* whatKey) {
    const auto bytes = readInputFile(path, maxBytes, whatKey);
    return {bytes.begin(), bytes.end()};
}

}  // namespace baosong::app
