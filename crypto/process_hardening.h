#pragma once

namespace baosong::crypto {

// Called first thing in main(): no core dumps (they would hold keys and passphrases) and
// not dumpable, which also stops other processes of the same user from ptrace-attaching.
// Returns false if the kernel refused; callers may warn but should go on.
bool hardenProcess() noexcept;

}  // namespace baosong::crypto
