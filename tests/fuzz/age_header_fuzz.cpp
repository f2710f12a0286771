// Arbitrary bytes into AgeReader, as an X25519 recipient and as a passphrase: every input
// must end in plaintext or a CryptoError, never a crash, a leak or undefined behaviour.
// Seeded with the age test kit (tests/data/fuzz/age_header_fuzz, and the whole kit from
// tests/fuzz/run), whose identity and passphrase these are, so that mutations reach the
// MAC, the payload and the armor, not just the header.

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "crypto/age_reader.h"
#include "crypto/age_x25519.h"
#include "crypto/crypto_error.h"

namespace {

using baosong::crypto::CryptoError;
using baosong::crypto::MemorySource;
using baosong::crypto::age::AgeReader;
using baosong::crypto::age::X25519Identity;

// A low cap keeps each scrypt attempt near a millisecond (the kit's files use 2^10).
constexpr int kMaxWorkFactorLog2 = 10;

void drain(AgeReader& reader) {
    std::vector<std::uint8_t> buffer(16 * 1024);
    while (reader.read(buffer) != 0) {
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const X25519Identity identity = X25519Identity::parse(
        "AGE-SECRET-KEY-1EGTZVFFV20835NWYV6270LXYVK2VKNX2MMDKWYKLMGR48UAWX40Q2P2LM0");
    static const X25519Identity other = X25519Identity::generate();
    const std::span<const std::uint8_t> input(data, size);
    try {
        MemorySource source(input);
        AgeReader reader(source, {&other, &identity});
        drain(reader);
    } catch (const CryptoError&) {
    }
    try {
        MemorySource source(input);
        AgeReader reader(source, "password", kMaxWorkFactorLog2);
        drain(reader);
    } catch (const CryptoError&) {
    }
    return 0;
}
