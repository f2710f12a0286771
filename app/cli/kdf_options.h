#pragma once
// --kdf-memory-mib and --kdf-passes: raise Argon2id's cost, or (not below 64 MiB) lower it
// for a machine with little memory.

#include "arguments.h"
#include "crypto/argon2id.h"

namespace baosong::cli {

inline const std::set<std::string> kKdfOptions = {"--kdf-memory-mib", "--kdf-passes"};

// The options over base (a new vault's defaults, or the parameters a vault already has: a
// passphrase change must not quietly lower its cost). Throws a usage error for values
// outside 64–4096 MiB (power of two) or 1–16 passes.
crypto::Argon2idParams kdfParamsFrom(
    const Arguments& args, const crypto::Argon2idParams& base = crypto::Argon2idParams::defaults());

}  // namespace baosong::cli
