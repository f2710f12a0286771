#include "read_progress.h"

#include "base/app_error.h"

namespace baosong::app::extract {

void ReadProgress::checkCancelled() const {
    if (wasCancelled()) {
        throw AppError(ErrorKind::Problem, "read_cancelled", Text("read_cancelled"));
    }
}

}  // namespace baosong::app::extract
