#pragma once

#include "base/app_error.h"

namespace baosong::cli {

// Bad usage: exit code 2 with a hint to --help.
inline app::AppError usageError(app::Text why) {
    return app::AppError(app::ErrorKind::BadInput, "usage",
                         app::Text("usage").with("why", std::move(why)));
}

}  // namespace baosong::cli
