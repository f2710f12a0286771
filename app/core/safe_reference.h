#pragma once
// A photo or attachment a submission names must lie in the JSON file's folder or below it
// (spec/submission.md "Importing into a vault"): the one check import and the desktop app's save
// both make.

#include "policy/submission.h"

namespace baosong::app {

// Throws AppError (BadInput) "path_unsafe", naming the key path, the path and why.
void requireSafeReference(const policy::FileReference& ref);

}  // namespace baosong::app
