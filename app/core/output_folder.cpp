#include "output_folder.h"

#include <filesystem>

#include "base/app_error.h"

namespace baosong::app {

void requireOutputFolder(const std::string& dir) {
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) {
        throw AppError(ErrorKind::BadInput, "io_error",
                       Text("output_folder_missing").with("dir", dir));
    }
}

}  // namespace baosong::app
