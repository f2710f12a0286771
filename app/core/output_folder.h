#pragma once
// The folder a command writes into (`--out DIR`: documents, seal, office keys, office open,
// office export) must exist already. baosong never makes it: a mistyped USB path would
// otherwise put a bundle or a candidate's papers in a folder on the machine nobody looks at.

#include <string>

namespace baosong::app {

// Throws AppError (BadInput, "io_error", output_folder_missing) unless dir is a folder.
void requireOutputFolder(const std::string& dir);

}  // namespace baosong::app
