// SM3, SM4 and HMAC-SM3 against the standards' own examples:
// - GB/T 32905-2016 (SM3) appendix A: example 1 "abc", example 2 "abcd" × 16;
// - GB/T 32907-2016 (SM4) appendix A: example 1 (one encryption) and example 2 (the same
//   block encrypted 1,000,000 times);
// - HMAC-SM3 has no example in GB/T 15852.2; it is checked against RFC 2104 written out
//   here over our SM3, and against `openssl dgst -sm3 -mac HMAC` in tests/interop.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "crypto/crypto_error.h"
#include "crypto/hmac_sm3.h"
#include "crypto/sha256.h"
#include "crypto/sm3.h"
#include "crypto/sm4_cbc.h"
#include "support/hex.h"

namespace baosong::crypto {
namespace {

using test::fromHex;

TEST(Sm3Vectors, GbT32905ExampleOneAbc) {
    EXPECT_EQ(toHex(Sm3::of(std::string_view("abc"))),
              "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
}

TEST(Sm3Vectors, GbT32905ExampleTwoSixtyFourBytes) {
    std::string message;
    for (int i = 0; i < 16; ++i) {
        message += "abcd";
    }
    EXPECT_EQ(toHex(Sm3::of(message)),
              "debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
}

TEST(Sm3Vectors, StreamedInPiecesEqualsWhole) {
    std::string message(100000, '\0');
    for (std::size_t i = 0; i < message.size(); ++i) {
        message[i] = static_cast<char>(i * 31 + 7);
    }
    Sm3 streamed;
    const auto bytes = bytesOfText(message);
    streamed.update(bytes.first(1));
    streamed.update(bytes.subspan(1, 63));
    streamed.update(bytes.subspan(64));
    EXPECT_EQ(streamed.finish(), Sm3::of(message));
    EXPECT_NE(Sm3::of(message), Sha256::of(message));
}

// GB/T 32907 appendix A: key = plaintext = 0123456789abcdeffedcba9876543210.
constexpr std::string_view kSm4Key = "0123456789abcdeffedcba9876543210";

TEST(Sm4Vectors, GbT32907ExampleOneIsTheFirstCbcBlockUnderAZeroIv) {
    const auto key = fromHex(kSm4Key);
    Sm4Cbc cipher(Sm4Cbc::Direction::Encrypt, key, Sm4Iv{});
    std::vector<std::uint8_t> out;
    cipher.update(key, out);
    cipher.finish(out);
    ASSERT_EQ(out.size(), 32u);  // the block and a whole block of PKCS#7 padding
    EXPECT_EQ(toHex(std::span(out).first(16)), "681edf34d206965e86b3e94f536e4246");

    Sm4Cbc back(Sm4Cbc::Direction::Decrypt, key, Sm4Iv{});
    std::vector<std::uint8_t> plain;
    back.update(out, plain);
    back.finish(plain);
    EXPECT_EQ(plain, key);
}

// Example 2 encrypts the block 1,000,000 times. In CBC with a zero IV, the plaintext
// P1 = the block followed by 999,999 zero blocks gives C1 = E(P1) and Ci = E(C(i-1)),
// so the 1,000,000th ciphertext block is the standard's answer (16 MB, well under a
// second: not a slow test).
TEST(Sm4Vectors, GbT32907ExampleTwoMillionEncryptions) {
    const auto key = fromHex(kSm4Key);
    Sm4Cbc cipher(Sm4Cbc::Direction::Encrypt, key, Sm4Iv{});
    std::vector<std::uint8_t> out;
    cipher.update(key, out);
    const std::vector<std::uint8_t> zeros(16 * 4096, 0);
    std::vector<std::uint8_t> last;
    std::size_t blocks = 1;
    while (blocks < 1000000) {
        const std::size_t n = std::min<std::size_t>(4096, 1000000 - blocks);
        out.clear();
        cipher.update(std::span(zeros).first(n * 16), out);
        blocks += n;
        if (!out.empty()) {
            last.assign(out.end() - 16, out.end());
        }
    }
    EXPECT_EQ(toHex(last), "595298c7c6fd271f0402f804c33d3f66");
}

TEST(Sm4Vectors, WrongPaddingOrLengthIsRefused) {
    const auto key = fromHex(kSm4Key);
    std::vector<std::uint8_t> ciphertext;
    Sm4Cbc cipher(Sm4Cbc::Direction::Encrypt, key, Sm4Iv{});
    cipher.update(bytesOfText("推荐工作情况报告"), ciphertext);
    cipher.finish(ciphertext);

    const auto decrypt = [&](std::span<const std::uint8_t> input) {
        Sm4Cbc back(Sm4Cbc::Direction::Decrypt, key, Sm4Iv{});
        std::vector<std::uint8_t> plain;
        back.update(input, plain);
        back.finish(plain);
        return plain;
    };
    auto truncated = std::span<const std::uint8_t>(ciphertext).first(ciphertext.size() - 1);
    EXPECT_THROW(decrypt(truncated), CryptoError);
    auto flipped = ciphertext;
    flipped.back() ^= 0x01;  // the padding block decrypts to garbage
    bool refused = false;
    try {
        const auto plain = decrypt(flipped);
        // One time in 256 or so the garbage ends in a valid padding byte; the bytes then
        // still differ from the message.
        refused = std::string(plain.begin(), plain.end()) != "推荐工作情况报告";
    } catch (const CryptoError& e) {
        refused = e.code() == "cipher_padding_invalid";
    }
    EXPECT_TRUE(refused);
}

// RFC 2104 written out: H((K ⊕ opad) ‖ H((K ⊕ ipad) ‖ m)), SM3's block is 64 bytes.
Sm3Digest rfc2104(std::span<const std::uint8_t> key, std::string_view message) {
    std::vector<std::uint8_t> k(key.begin(), key.end());
    if (k.size() > 64) {
        const auto h = Sm3::of(k);
        k.assign(h.begin(), h.end());
    }
    k.resize(64, 0);
    std::vector<std::uint8_t> inner, outer;
    for (const std::uint8_t b : k) {
        inner.push_back(b ^ 0x36);
        outer.push_back(b ^ 0x5c);
    }
    inner.insert(inner.end(), message.begin(), message.end());
    const auto innerHash = Sm3::of(inner);
    outer.insert(outer.end(), innerHash.begin(), innerHash.end());
    return Sm3::of(outer);
}

TEST(HmacSm3Vectors, EqualsRfc2104OverSm3ForShortAndLongKeys) {
    for (const std::size_t keySize : {16u, 32u, 64u, 100u}) {
        std::vector<std::uint8_t> key(keySize);
        for (std::size_t i = 0; i < keySize; ++i) {
            key[i] = static_cast<std::uint8_t>(i + 1);
        }
        const std::string message = "iv ‖ payload.sm4: 报送包";
        HmacSm3 mac(key);
        mac.update(bytesOfText(message).first(5)).update(bytesOfText(message).subspan(5));
        EXPECT_EQ(toHex(mac.finish()), toHex(rfc2104(key, message))) << keySize;
    }
}

TEST(HmacSm3Vectors, AnotherKeyGivesAnotherMac) {
    const std::vector<std::uint8_t> a(32, 1), b(32, 2);
    EXPECT_NE(HmacSm3(a).update(bytesOfText("x")).finish(),
              HmacSm3(b).update(bytesOfText("x")).finish());
}

}  // namespace
}  // namespace baosong::crypto
