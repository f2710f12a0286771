#pragma once
// Bech32 (BIP 173, https://github.com/bitcoin/bips/blob/master/bip-0173.mediawiki) as age
// uses it for keys: 8-bit data regrouped into 5-bit characters, no limit of 90 characters
// (C2SP age, "Conventions used in this document"). A string is all lower-case or all
// upper-case; the checksum is always over the lower-case form.

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "secret_buffer.h"

namespace baosong::crypto {

enum class Bech32Case { lower, upper };

// Characters in the encoding of dataBytes bytes under hrp.
std::size_t bech32EncodedLength(std::string_view hrp, std::size_t dataBytes);

// hrp is given in lower case. Secret data (age identities) goes through the SecretBuffer
// form, so that no copy of the encoded secret is left in ordinary heap memory.
std::string bech32Encode(std::string_view hrp, std::span<const std::uint8_t> data,
                         Bech32Case letterCase = Bech32Case::lower);
SecretBuffer bech32EncodeSecret(std::string_view hrp, std::span<const std::uint8_t> data,
                                Bech32Case letterCase);

struct Bech32Decoded {
    std::string hrp;    // as written (callers decide which case they accept)
    SecretBuffer data;  // the 8-bit data; padding bits were zero
};

// Throws CryptoError("bech32_invalid"): mixed case, a character outside the set, no
// separator or an empty prefix, a short or wrong checksum, non-zero padding bits.
Bech32Decoded bech32Decode(std::string_view text);

}  // namespace baosong::crypto
