// Arbitrary text into the Bech32 decoder (crypto/bech32.h) that reads age keys: every
// input ends in a value or CryptoError "bech32_invalid", never a crash. Both directions
// round-trip: what decodes is exactly what the encoder writes for its prefix, data and
// letter case (BIP 173 allows one encoding of each value: checksum, zero padding bits,
// one case), and the input taken as data encodes and decodes back to itself.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "crypto/bech32.h"
#include "crypto/crypto_error.h"
#include "fuzz_require.h"

namespace {

bool same(std::span<const std::uint8_t> a, std::span<const std::uint8_t> b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace baosong::crypto;
    using baosong::fuzz::fuzzRequire;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const Bech32Decoded decoded = bech32Decode(text);
        const bool upper =
            std::any_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
        std::string hrp = decoded.hrp;
        std::transform(hrp.begin(), hrp.end(), hrp.begin(),
                       [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; });
        const Bech32Case letterCase = upper ? Bech32Case::upper : Bech32Case::lower;
        fuzzRequire(bech32Encode(hrp, decoded.data.bytes(), letterCase) == text,
                    "what decodes is what the encoder writes");
        fuzzRequire(bech32EncodeSecret(hrp, decoded.data.bytes(), letterCase).view() == text,
                    "the secret form writes the same");
        fuzzRequire(bech32EncodedLength(hrp, decoded.data.size()) == size,
                    "the encoded length is the length");
    } catch (const CryptoError& e) {
        fuzzRequire(e.code() == "bech32_invalid", "a string that does not decode is invalid");
    }
    const std::span<const std::uint8_t> bytes(data, size);
    for (const Bech32Case letterCase : {Bech32Case::lower, Bech32Case::upper}) {
        const std::string encoded = bech32Encode("age", bytes, letterCase);
        const Bech32Decoded back = bech32Decode(encoded);
        fuzzRequire(back.hrp == (letterCase == Bech32Case::upper ? "AGE" : "age"),
                    "the prefix comes back in its case");
        fuzzRequire(same(back.data.bytes(), bytes), "data encodes and decodes back");
    }
    return 0;
}
