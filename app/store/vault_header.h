#pragma once
// The first 16 bytes of a vault file. SQLCipher keeps its salt there in clear; we choose
// that salt ourselves (raw key form x'<key><salt>'), so the same bytes also say what the
// file is and how its key was derived, without a second file beside it:
//   "BS" | format 0x01 | log2(Argon2id memory in bytes) | Argon2id passes | 11 random bytes
// The whole 16 bytes are the Argon2id salt too, which binds the parameters into the key.

#include <array>
#include <cstdint>
#include <string>

#include "crypto/argon2id.h"

namespace baosong::app {

struct VaultHeader {
    crypto::Argon2idSalt bytes{};

    // A new header with fresh randomness. params.memoryBytes must be a power of two.
    static VaultHeader fresh(const crypto::Argon2idParams& params);
    // Throws AppError (BadInput) "not_a_vault" or "vault_version_unsupported".
    static VaultHeader parse(const crypto::Argon2idSalt& bytes);
    // Reads and parses the start of a file; also refuses files that cannot be a whole
    // vault (empty, truncated to a partial page).
    static VaultHeader readFrom(const std::string& path);

    crypto::Argon2idParams params() const;
};

}  // namespace baosong::app
