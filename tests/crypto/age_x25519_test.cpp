// The X25519 stanza's low-order check (C2SP age, "X25519 recipient type": "If the shared
// secret is all zero, abort"; RFC 7748 §6.1). A share that is a point of small order gives
// an all-zero shared secret whatever the identity, so its wrap key is one anyone can
// compute: such a stanza must fail the header, never yield a file key, even when its body
// was wrapped under exactly that key.

#include <gtest/gtest.h>

#include <array>
#include <string>
#include <vector>

#include "crypto/age_file_key.h"
#include "crypto/age_header.h"
#include "crypto/age_reader.h"
#include "crypto/age_x25519.h"
#include "crypto/base64.h"
#include "crypto/byte_stream.h"
#include "crypto/crypto_error.h"
#include "crypto/hkdf_sha256.h"
#include "support/error_code.h"

namespace baosong::crypto::age {
namespace {

using Point = std::array<std::uint8_t, 32>;

// Little-endian u-coordinates that X25519 maps to all zero under every clamped scalar:
// 0, 1, the two points of order 8, p - 1, p and p + 1 (Bernstein, "How do I validate
// Curve25519 public keys?", cr.yp.to/ecdh.html; the list in libsodium's x25519_ref10.c),
// and some of them with the top bit set, which RFC 7748 §5 says to ignore.
struct LowOrderPoint {
    const char* what;
    Point u;
};

Point withTopBit(Point u) {
    u[31] |= 0x80;
    return u;
}

Point allBytes(std::uint8_t low, std::uint8_t middle, std::uint8_t high) {
    Point u{};
    u.fill(middle);
    u[0] = low;
    u[31] = high;
    return u;
}

std::vector<LowOrderPoint> lowOrderPoints() {
    const Point zero{};  // the kit's x25519_identity
    const Point one = allBytes(0x01, 0x00, 0x00);
    const Point order8a = {0xe0, 0xeb, 0x7a, 0x7c, 0x3b, 0x41, 0xb8, 0xae, 0x16, 0x56, 0xe3,
                           0xfa, 0xf1, 0x9f, 0xc4, 0x6a, 0xda, 0x09, 0x8d, 0xeb, 0x9c, 0x32,
                           0xb1, 0xfd, 0x86, 0x62, 0x05, 0x16, 0x5f, 0x49, 0xb8, 0x00};
    const Point order8b = {0x5f, 0x9c, 0x95, 0xbc, 0xa3, 0x50, 0x8c, 0x24, 0xb1, 0xd0, 0xb1,
                           0x55, 0x9c, 0x83, 0xef, 0x5b, 0x04, 0x44, 0x5c, 0xc4, 0x58, 0x1c,
                           0x8e, 0x86, 0xd8, 0x22, 0x4e, 0xdd, 0xd0, 0x9f, 0x11, 0x57};
    const Point pMinusOne = allBytes(0xec, 0xff, 0x7f);
    const Point p = allBytes(0xed, 0xff, 0x7f);         // 0, not reduced
    const Point pPlusOne = allBytes(0xee, 0xff, 0x7f);  // 1, not reduced
    return {
        {"0", zero},
        {"1", one},
        {"order 8 (e0eb…)", order8a},
        {"order 8 (5f9c…)", order8b},
        {"p - 1", pMinusOne},
        {"p", p},
        {"p + 1", pPlusOne},
        {"0 with the top bit set", withTopBit(zero)},
        {"1 with the top bit set", withTopBit(one)},
        {"order 8 (e0eb…) with the top bit set", withTopBit(order8a)},
        {"p - 1 with the top bit set", withTopBit(pMinusOne)},
    };
}

// What an attacker who sent `share` can compute: the wrap key of an all-zero shared
// secret for this recipient, and a body that opens under it.
Stanza stanzaWrappedUnderZeroSecret(const Point& share, const X25519Recipient& recipient,
                                    const SecretBuffer& fileKey) {
    std::array<std::uint8_t, 64> salt{};
    std::copy(share.begin(), share.end(), salt.begin());
    std::copy(recipient.publicKey().begin(), recipient.publicKey().end(), salt.begin() + 32);
    const std::array<std::uint8_t, 32> zeroSecret{};
    const SecretBuffer wrapKey = hkdfSha256(zeroSecret, salt, "age-encryption.org/v1/X25519", 32);
    return Stanza{{"X25519", base64EncodeUnpadded(share)}, wrapFileKey(wrapKey, fileKey)};
}

std::string unwrapCode(const X25519Identity& identity, const std::vector<Stanza>& stanzas) {
    return test::errorCodeOf<CryptoError>([&] { (void)identity.unwrap(stanzas); });
}

TEST(AgeX25519LowOrder, EveryLowOrderShareFailsTheHeader) {
    const X25519Identity identity = X25519Identity::generate();
    const SecretBuffer fileKey = generateFileKey();
    for (const auto& point : lowOrderPoints()) {
        const Stanza stanza = stanzaWrappedUnderZeroSecret(point.u, identity.recipient(), fileKey);
        EXPECT_EQ(unwrapCode(identity, {stanza}), "age_header_invalid") << point.what;
    }
}

TEST(AgeX25519LowOrder, AbortsEvenWhenALaterStanzaWouldOpen) {
    // The spec's abort is for the file, not the stanza: a valid stanza after a low-order
    // one does not rescue it (as age's own X25519Identity.Unwrap).
    const X25519Identity identity = X25519Identity::generate();
    const SecretBuffer fileKey = generateFileKey();
    const Stanza lowOrder = stanzaWrappedUnderZeroSecret(Point{}, identity.recipient(), fileKey);
    const Stanza genuine = identity.recipient().wrap(fileKey);
    EXPECT_EQ(unwrapCode(identity, {lowOrder, genuine}), "age_header_invalid");
    // The genuine stanza alone opens, so the refusal above is the low-order share's.
    const auto unwrapped = identity.unwrap({genuine});
    ASSERT_TRUE(unwrapped.has_value());
    EXPECT_TRUE(unwrapped->equals(fileKey));
}

TEST(AgeX25519LowOrder, AFileWithALowOrderShareIsAHeaderFailure) {
    // A whole file whose header MAC is right for the file key the stanza carries: without
    // the check, the reader would take the key and go on to the payload.
    const X25519Identity identity = X25519Identity::generate();
    const SecretBuffer fileKey = generateFileKey();
    const std::string header = AgeHeader::encode(
        {stanzaWrappedUnderZeroSecret(Point{}, identity.recipient(), fileKey)}, fileKey);
    std::vector<std::uint8_t> file(header.begin(), header.end());
    file.resize(file.size() + 16 + 16 + 1);  // a nonce and a final chunk's worth of bytes
    const std::string code = test::errorCodeOf<CryptoError>([&] {
        MemorySource source(file);
        AgeReader reader(source, {&identity});
    });
    EXPECT_EQ(code, "age_header_invalid");
}

TEST(AgeX25519LowOrder, TheWriterRefusesALowOrderRecipient) {
    // Nobody could open a stanza for such a recipient; the writer says so at once.
    const SecretBuffer fileKey = generateFileKey();
    for (const auto& point : lowOrderPoints()) {
        const X25519Recipient recipient(point.u);
        EXPECT_EQ(test::errorCodeOf<CryptoError>([&] { (void)recipient.wrap(fileKey); }),
                  "age_recipient_invalid")
            << point.what;
    }
}

}  // namespace
}  // namespace baosong::crypto::age
