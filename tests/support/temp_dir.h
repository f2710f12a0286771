#pragma once
// A fresh folder per test, removed afterwards.

#include <filesystem>
#include <string>

namespace baosong::test {

class TempDir {
  public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const noexcept { return path_; }
    std::string operator/(const std::string& name) const { return (path_ / name).string(); }

  private:
    std::filesystem::path path_;
};

std::string readFile(const std::filesystem::path& path);
void writeFile(const std::filesystem::path& path, std::string_view bytes);
// Every file below dir, with its bytes: to prove an operation changed nothing on disk.
std::string snapshot(const std::filesystem::path& dir);

}  // namespace baosong::test
