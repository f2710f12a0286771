#pragma once
// The `baosong` binary run as a script would: both test passphrases in the environment,
// Chinese messages, and no stray locale or new-passphrase variable from the caller. A
// sentence missing from the catalogue in what it prints is a test failure.

#include <map>
#include <string>
#include <vector>

#include "process.h"

namespace baosong::test {

// env adds to or overrides the defaults above.
ProcessResult runCli(std::vector<std::string> args,
                     const std::map<std::string, std::string>& env = {});

// The code in brackets that closes an error message on standard error ("" when none).
std::string errorCodeIn(const ProcessResult& result);

}  // namespace baosong::test
