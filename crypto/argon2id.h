#pragma once
// Passphrase → key with Argon2id (libsodium's crypto_pwhash, algorithm named explicitly,
// so a change of libsodium's default can never silently change our keys).

#include <array>
#include <cstdint>
#include <span>

#include "secret_buffer.h"

namespace baosong::crypto {

struct Argon2idParams {
    // Passes over memory (libsodium "opslimit") and memory in bytes ("memlimit").
    std::uint64_t passes = 3;
    std::uint64_t memoryBytes = std::uint64_t{256} << 20;

    static Argon2idParams defaults() { return {}; }
    // Throws CryptoError("kdf_params_invalid") outside what libsodium accepts or above
    // what a unit's PC can spend (a forged header must not make us allocate 1 TiB).
    void validate() const;
    bool operator==(const Argon2idParams&) const = default;
};

inline constexpr std::size_t kArgon2idSaltBytes = 16;
using Argon2idSalt = std::array<std::uint8_t, kArgon2idSaltBytes>;

Argon2idSalt randomArgon2idSalt();

// Derives outputBytes of key material. Throws CryptoError on invalid parameters, an empty
// passphrase, or when the memory cannot be allocated.
SecretBuffer deriveArgon2id(const SecretBuffer& passphrase, const Argon2idSalt& salt,
                            const Argon2idParams& params, std::size_t outputBytes);

}  // namespace baosong::crypto
