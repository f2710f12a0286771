#pragma once

#include "base/app_error.h"

namespace baosong::cli {

// Bad usage: exit code 2 with a hint to --help.
inline app::AppError usageError(const std::string& message) {
    return app::AppError(app::ErrorKind::BadInput, "usage", message + "（用 --help 查看用法）");
}

}  // namespace baosong::cli
