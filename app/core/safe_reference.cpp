#include "safe_reference.h"

#include "base/app_error.h"
#include "base/relative_path.h"

namespace baosong::app {

void requireSafeReference(const policy::FileReference& ref) {
    if (const auto reason = relativePathProblem(ref.path)) {
        throw AppError(ErrorKind::BadInput, "path_unsafe",
                       Text("path_unsafe")
                           .with("key", ref.keyPath)
                           .with("path", ref.path)
                           .with("reason", *reason));
    }
}

}  // namespace baosong::app
