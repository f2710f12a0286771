#pragma once
// Stable flag ids (scanner.md): the same finding in the same place keeps its id across
// scans, so a reviewer's decision stays attached to it.

#include <string>
#include <string_view>

namespace baosong::policy {

// The first 16 hex digits of SHA-256(key).
std::string flagIdOf(std::string_view key);

}  // namespace baosong::policy
