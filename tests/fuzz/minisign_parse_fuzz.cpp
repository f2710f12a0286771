// Arbitrary text into every minisign parser (signature files, public keys, unencrypted
// secret key files) and into the bundle's trusted-comment label: each must end in a value
// or an error, never a crash. A parsed signature is also verified against a fixed key, so
// mutations reach the verification path.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "base/app_error.h"
#include "bundle/bundle_label.h"
#include "crypto/crypto_error.h"
#include "crypto/minisign_public_key.h"
#include "crypto/minisign_secret_key.h"
#include "crypto/minisign_signature.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace baosong;
    static const crypto::MinisignSecretKey key = crypto::MinisignSecretKey::generate();
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const auto signature = crypto::MinisignSignature::parse(text);
        crypto::verifyMinisign(key.publicKey(), std::span(data, size), signature);
    } catch (const crypto::CryptoError&) {
    }
    try {
        crypto::MinisignPublicKey::fromText(text);
    } catch (const crypto::CryptoError&) {
    }
    try {
        // No passphrase: an encrypted key stops before scrypt (whose cost the file names).
        crypto::MinisignSecretKey::fromFile(text, nullptr);
    } catch (const crypto::CryptoError&) {
    }
    try {
        app::bundle::parseTrustedComment(text);
    } catch (const app::AppError&) {
    }
    return 0;
}
