// Arbitrary bytes as a sealed secret (crypto/sealed_secret.h, the reviewer key's blob):
// reading its parameters and opening it end in a value or CryptoError, never a crash, and
// parameters that are read are ones Argon2id accepts within our limits (a forged blob must
// not make us allocate what a unit's PC cannot). Blobs cheap enough are opened with the
// corpus's passphrase. The input as plaintext seals and opens back to itself, under its
// own context only.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "crypto/argon2id.h"
#include "crypto/crypto_error.h"
#include "crypto/sealed_secret.h"
#include "crypto/secret_buffer.h"
#include "fuzz_require.h"

namespace {

using baosong::crypto::Argon2idParams;

// libsodium's least Argon2id cost (crypto_pwhash_argon2id_OPSLIMIT_MIN, _MEMLIMIT_MIN):
// the format is the same at any cost, and the fuzzer runs thousands of these a second.
constexpr Argon2idParams kCheapest{1, 8192};
// The passphrase and context the corpus's well-formed blobs were sealed with.
constexpr const char* kPassphrase = "fuzz";
constexpr const char* kContext = "reviewer-key";
// Plaintexts are keys; a longer input is cut for the round trip.
constexpr std::size_t kMaxPlaintext = 4096;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace baosong::crypto;
    using baosong::fuzz::fuzzRequire;
    const std::span<const std::uint8_t> input(data, size);
    static const SecretBuffer passphrase = SecretBuffer::copyOf(std::string_view(kPassphrase));
    try {
        const Argon2idParams params = SealedSecret::paramsOf(input);
        params.validate();
        if (params.passes <= 2 && params.memoryBytes <= 64 * 1024) {
            const SecretBuffer plain = SealedSecret::open(input, passphrase, kContext);
            fuzzRequire(plain.size() + 4 + 4 + 8 + 16 + 24 + 16 == size,
                        "the plaintext is the blob less header, nonce and tag");
        }
    } catch (const CryptoError& e) {
        fuzzRequire(e.code() == "sealed_secret_malformed" || e.code() == "kdf_params_invalid" ||
                        e.code() == "wrong_passphrase",
                    "a blob that does not open says why");
    }

    const SecretBuffer plaintext = SecretBuffer::copyOf(input.first(std::min(size, kMaxPlaintext)));
    const auto sealed = SealedSecret::seal(plaintext, passphrase, kCheapest, kContext);
    fuzzRequire(SealedSecret::paramsOf(sealed) == kCheapest, "a blob names its parameters");
    fuzzRequire(SealedSecret::open(sealed, passphrase, kContext).equals(plaintext),
                "a sealed secret opens to itself");
    try {
        (void)SealedSecret::open(sealed, passphrase, "another-role");
        fuzzRequire(false, "a blob does not open in another role");
    } catch (const CryptoError& e) {
        fuzzRequire(e.code() == "wrong_passphrase", "another role is a wrong passphrase");
    }
    return 0;
}
