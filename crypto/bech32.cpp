#include "bech32.h"

#include <array>

#include "crypto_error.h"

namespace baosong::crypto {

namespace {
constexpr std::string_view kCharset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
constexpr std::size_t kChecksumChars = 6;

// The BCH checksum of BIP 173 ("Checksum"), fed one 5-bit value at a time.
class Polymod {
  public:
    void feed(std::uint32_t value) {
        constexpr std::array<std::uint32_t, 5> kGenerator = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa,
                                                             0x3d4233dd, 0x2a1462b3};
        const std::uint32_t top = state_ >> 25;
        state_ = ((state_ & 0x1ffffff) << 5) ^ value;
        for (std::size_t i = 0; i < kGenerator.size(); ++i) {
            if (((top >> i) & 1) != 0) {
                state_ ^= kGenerator[i];
            }
        }
    }
    // The prefix enters the checksum as its high bits, a zero, then its low bits.
    void feedPrefix(std::string_view lowerHrp) {
        for (const char c : lowerHrp) {
            feed(static_cast<std::uint8_t>(c) >> 5);
        }
        feed(0);
        for (const char c : lowerHrp) {
            feed(static_cast<std::uint8_t>(c) & 31);
        }
    }
    std::uint32_t state() const { return state_; }

  private:
    std::uint32_t state_ = 1;
};

CryptoError invalid() {
    return CryptoError("bech32_invalid", "Bech32 编码不正确");
}

char toLower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

char toUpper(char c) {
    return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
}

int charsetIndex(char lower) {
    const auto at = kCharset.find(lower);
    return at == std::string_view::npos ? -1 : static_cast<int>(at);
}

void encodeInto(std::string_view hrp, std::span<const std::uint8_t> data, Bech32Case letterCase,
                std::span<char> out) {
    for (const char c : hrp) {
        if (c < 33 || c > 126 || toLower(c) != c) {
            throw invalid();
        }
    }
    Polymod checksum;
    checksum.feedPrefix(hrp);
    std::size_t at = 0;
    for (const char c : hrp) {
        out[at++] = c;
    }
    out[at++] = '1';
    const auto emit = [&](std::uint32_t value) {
        checksum.feed(value);
        out[at++] = kCharset[value];
    };
    std::uint32_t accumulator = 0;
    unsigned bits = 0;
    for (const std::uint8_t byte : data) {
        accumulator = ((accumulator << 8) | byte) & 0xfff;
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            emit((accumulator >> bits) & 31);
        }
    }
    if (bits > 0) {
        emit((accumulator << (5 - bits)) & 31);
    }
    for (std::size_t i = 0; i < kChecksumChars; ++i) {
        checksum.feed(0);
    }
    const std::uint32_t value = checksum.state() ^ 1;
    for (std::size_t i = 0; i < kChecksumChars; ++i) {
        out[at++] = kCharset[(value >> (5 * (kChecksumChars - 1 - i))) & 31];
    }
    if (letterCase == Bech32Case::upper) {
        for (char& c : out) {
            c = toUpper(c);
        }
    }
}
}  // namespace

std::size_t bech32EncodedLength(std::string_view hrp, std::size_t dataBytes) {
    return hrp.size() + 1 + (dataBytes * 8 + 4) / 5 + kChecksumChars;
}

std::string bech32Encode(std::string_view hrp, std::span<const std::uint8_t> data,
                         Bech32Case letterCase) {
    std::string out(bech32EncodedLength(hrp, data.size()), '\0');
    encodeInto(hrp, data, letterCase, out);
    return out;
}

SecretBuffer bech32EncodeSecret(std::string_view hrp, std::span<const std::uint8_t> data,
                                Bech32Case letterCase) {
    SecretBuffer out(bech32EncodedLength(hrp, data.size()));
    encodeInto(hrp, data, letterCase, std::span(reinterpret_cast<char*>(out.data()), out.size()));
    return out;
}

Bech32Decoded bech32Decode(std::string_view text) {
    bool hasLower = false;
    bool hasUpper = false;
    for (const char c : text) {
        if (c < 33 || c > 126) {
            throw invalid();
        }
        hasLower = hasLower || (c >= 'a' && c <= 'z');
        hasUpper = hasUpper || (c >= 'A' && c <= 'Z');
    }
    const auto separator = text.rfind('1');
    if ((hasLower && hasUpper) || separator == std::string_view::npos || separator == 0 ||
        text.size() - separator - 1 < kChecksumChars) {
        throw invalid();
    }
    const std::string_view hrp = text.substr(0, separator);
    const std::string_view chars = text.substr(separator + 1);
    const std::size_t dataChars = chars.size() - kChecksumChars;

    Polymod checksum;
    std::string lowerHrp;
    for (const char c : hrp) {
        lowerHrp.push_back(toLower(c));
    }
    checksum.feedPrefix(lowerHrp);
    Bech32Decoded decoded{std::string(hrp), SecretBuffer(dataChars * 5 / 8)};
    std::size_t at = 0;
    std::uint32_t accumulator = 0;
    unsigned bits = 0;
    for (std::size_t i = 0; i < chars.size(); ++i) {
        const int value = charsetIndex(toLower(chars[i]));
        if (value < 0) {
            throw invalid();
        }
        checksum.feed(static_cast<std::uint32_t>(value));
        if (i >= dataChars) {
            continue;
        }
        accumulator = ((accumulator << 5) | static_cast<std::uint32_t>(value)) & 0xfff;
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            decoded.data.data()[at++] = static_cast<std::uint8_t>(accumulator >> bits);
        }
    }
    // BIP 173 "convertbits" without padding: at most 4 bits left over, all zero.
    const bool paddingZero = (accumulator & ((1u << bits) - 1)) == 0;
    if (checksum.state() != 1 || bits > 4 || !paddingZero) {
        throw invalid();
    }
    return decoded;
}

}  // namespace baosong::crypto
