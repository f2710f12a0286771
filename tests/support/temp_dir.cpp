#include "temp_dir.h"

#include <stdlib.h>

#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <vector>

namespace baosong::test {

TempDir::TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "baosong-test-XXXXXX").string();
    std::vector<char> buffer(pattern.begin(), pattern.end());
    buffer.push_back('\0');
    if (::mkdtemp(buffer.data()) == nullptr) {
        throw std::runtime_error("mkdtemp failed");
    }
    path_ = buffer.data();
}

TempDir::~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
}

std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

void writeFile(const std::filesystem::path& path, std::string_view bytes) {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

std::string snapshot(const std::filesystem::path& dir) {
    std::map<std::string, std::string> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
        files[entry.path().string()] = entry.is_regular_file() ? readFile(entry.path()) : "<dir>";
    }
    std::string out;
    for (const auto& [name, bytes] : files) {
        out += name + "\n" + std::to_string(bytes.size()) + "\n" + bytes;
    }
    return out;
}

}  // namespace baosong::test
