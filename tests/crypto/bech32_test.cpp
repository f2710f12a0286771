// Bech32 against the BIP 173 test vectors and the age spec's example keys.

#include <gtest/gtest.h>

#include "crypto/bech32.h"
#include "crypto/crypto_error.h"
#include "support/error_code.h"

namespace baosong::crypto {
namespace {

std::string codeOf(const std::function<void()>& action) {
    return test::errorCodeOf<CryptoError>(action);
}

// BIP 173, "Test vectors": valid strings whose data is whole bytes.
TEST(Bech32, DecodesBip173ValidStringsAndEncodesThemBack) {
    for (const char* text : {
             "a12uel5l",
             "an83characterlonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1t"
             "t5tgs",
             "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw",
             "split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w",
         }) {
        const auto decoded = bech32Decode(text);
        EXPECT_EQ(bech32Encode(decoded.hrp, decoded.data.bytes()), std::string(text));
    }
    const auto upper = bech32Decode("A12UEL5L");
    EXPECT_EQ(upper.hrp, "A");  // the prefix comes back as written
    EXPECT_TRUE(upper.data.empty());
    EXPECT_EQ(bech32Encode("a", {}, Bech32Case::upper), "A12UEL5L");
}

TEST(Bech32, KnownAnswer) {
    const std::vector<std::uint8_t> data = {0x00, 0x01, 0x02, 0xfe, 0xff};
    const std::string text = bech32Encode("test", data);
    EXPECT_EQ(bech32EncodedLength("test", data.size()), text.size());
    const auto decoded = bech32Decode(text);
    EXPECT_EQ(decoded.hrp, "test");
    EXPECT_EQ(std::vector<std::uint8_t>(decoded.data.bytes().begin(), decoded.data.bytes().end()),
              data);
}

// BIP 173, "Test vectors": invalid strings, and checksum errors of our own.
TEST(Bech32, RefusesBip173InvalidStrings) {
    for (const std::string& text : {
             std::string("\x20") + "1nwldj5",  // prefix character out of range
             std::string("\x7f") + "1axkwrx", std::string("\x80") + "1eym55h",
             std::string("pzry9x0s0muk"),   // no separator
             std::string("1pzry9x0s0muk"),  // empty prefix
             std::string("x1b4n0q5v"),      // invalid data character
             std::string("li1dgmt3"),       // checksum too short
             std::string("de1lg7wt\xff"),   // invalid character in checksum
             std::string("A1G7SGD8"),       // checksum computed over the upper-case prefix
             std::string("10a06t8"),        // empty prefix
             std::string("1qzzfhee"),       // empty prefix
             std::string("a12UEL5L"),       // mixed case
             std::string("a12uel5m"),       // one character changed
             std::string("abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxx"),
             std::string("abcdef1pqzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw"),  // swapped
         }) {
        EXPECT_EQ(codeOf([&] { bech32Decode(text); }), "bech32_invalid") << text;
    }
}

// Every remainder of 8-bit data over 5-bit characters, both ways.
TEST(Bech32, RoundTripsEveryLength) {
    for (std::size_t size = 0; size <= 40; ++size) {
        std::vector<std::uint8_t> data(size);
        for (std::size_t i = 0; i < size; ++i) {
            data[i] = static_cast<std::uint8_t>(i * 37 + 11);
        }
        const auto decoded = bech32Decode(bech32Encode("age", data, Bech32Case::upper));
        EXPECT_EQ(decoded.hrp, "AGE");
        ASSERT_EQ(decoded.data.size(), size);
        EXPECT_TRUE(std::equal(data.begin(), data.end(), decoded.data.bytes().begin()));
    }
}

TEST(Bech32, HasNoLengthLimit) {
    const std::vector<std::uint8_t> data(1000, 0x5a);
    const std::string text = bech32Encode("age1pq", data);
    EXPECT_GT(text.size(), 90u);
    EXPECT_EQ(bech32Decode(text).data.size(), data.size());
}

}  // namespace
}  // namespace baosong::crypto
