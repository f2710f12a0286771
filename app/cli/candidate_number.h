#pragma once
// A candidate named on the command line by its 序号 in the 汇总表 (from 1), as the notice's
// 附件2 numbers them.

#include <cstddef>
#include <string>

namespace baosong::cli {

// The 0-based index for the 序号 given to option; throws a usage error (exit 2) for
// anything but a whole number from 1.
std::size_t candidateIndex(const std::string& option, const std::string& value);

}  // namespace baosong::cli
