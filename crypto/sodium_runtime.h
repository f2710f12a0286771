#pragma once

namespace baosong::crypto {

// Initialises libsodium once per process; safe to call from any thread, any number of
// times. Throws CryptoError if the library cannot start (no entropy source).
void requireSodium();

}  // namespace baosong::crypto
