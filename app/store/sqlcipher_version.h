#pragma once

#include <string>

namespace baosong::app {

// "SQLCipher 4.6.1 community, SQLite 3.46.1". Throws AppError if the linked library is
// not SQLCipher 4 (bookworm's 3.4.1 would open the vault with the wrong cipher settings).
std::string sqlcipherVersion();

}  // namespace baosong::app
