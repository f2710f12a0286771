// SM2 keys, signatures and encryption, and the gm payload (SM4-CBC + HMAC-SM3) as baosong
// uses them; tests/interop checks the same files against openssl and Botan.

#include <gtest/gtest.h>

#include "crypto/crypto_error.h"
#include "crypto/gm_payload.h"
#include "crypto/sha256.h"
#include "crypto/sm2_cipher.h"
#include "crypto/sm2_signature.h"
#include "support/error_code.h"

namespace baosong::crypto {
namespace {

std::string codeOf(const std::function<void()>& action) {
    return test::errorCodeOf<CryptoError>(action);
}

TEST(Sm2Key, PublicKeyIsDerSpkiOnTheSm2CurveAndRoundTripsThroughPem) {
    const auto key = Sm2SecretKey::generate();
    const auto& pub = key.publicKey();
    EXPECT_EQ(pub.der().size(), 91u);  // SEQUENCE{ecPublicKey, sm2p256v1}, 04 ‖ x ‖ y
    EXPECT_EQ(pub.der()[26], 0x04);
    EXPECT_EQ(pub.pem().rfind("-----BEGIN PUBLIC KEY-----\n", 0), 0u);
    EXPECT_EQ(Sm2PublicKey::fromPem(pub.pem()), pub);
    EXPECT_EQ(Sm2PublicKey::fromPem("\n  " + pub.pem() + "\r\n"), pub);
    EXPECT_EQ(Sm2PublicKey::fromDer(pub.der()), pub);
    EXPECT_EQ(pub.fingerprint(), Sm3::of(pub.der()));
    EXPECT_NE(Sm2SecretKey::generate().publicKey(), pub);
}

TEST(Sm2Key, SecretKeyRoundTripsThroughStorageAndPem) {
    const auto key = Sm2SecretKey::generate();
    const auto stored = Sm2SecretKey::fromStorage(key.storage().bytes());
    EXPECT_EQ(stored.publicKey(), key.publicKey());
    EXPECT_TRUE(stored.storage().equals(key.storage()));
    const auto pem = key.pem();
    EXPECT_EQ(std::string(pem.view()).rfind("-----BEGIN PRIVATE KEY-----\n", 0), 0u);
    EXPECT_EQ(Sm2SecretKey::fromPem(pem.view()).publicKey(), key.publicKey());
}

TEST(Sm2Key, MalformedKeysAreRefused) {
    const auto key = Sm2SecretKey::generate();
    const auto pem = key.publicKey().pem();
    EXPECT_EQ(codeOf([&] { Sm2PublicKey::fromPem(""); }), "public_key_invalid");
    EXPECT_EQ(codeOf([&] { Sm2PublicKey::fromPem("junk\n" + pem); }), "public_key_invalid");
    EXPECT_EQ(codeOf([&] { Sm2PublicKey::fromPem(pem + pem); }), "public_key_invalid");
    std::string flipped = pem;
    flipped[40] = flipped[40] == 'A' ? 'B' : 'A';
    EXPECT_EQ(codeOf([&] { Sm2PublicKey::fromPem(flipped); }), "public_key_invalid");
    auto der = key.publicKey().der();
    der.push_back(0);
    EXPECT_EQ(codeOf([&] { Sm2PublicKey::fromDer(der); }), "public_key_invalid");
    der.pop_back();
    der.back() ^= 0x01;  // no longer a point on the curve
    EXPECT_EQ(codeOf([&] { Sm2PublicKey::fromDer(der); }), "public_key_invalid");
    std::vector<std::uint8_t> storage(key.storage().bytes().begin(), key.storage().bytes().end());
    storage.resize(storage.size() - 3);
    EXPECT_EQ(codeOf([&] { Sm2SecretKey::fromStorage(storage); }), "secret_key_malformed");
    EXPECT_EQ(codeOf([&] { Sm2SecretKey::fromPem(pem); }), "secret_key_malformed");
}

TEST(Sm2Signature, SignsAndVerifiesAndRefusesEveryChange) {
    const auto key = Sm2SecretKey::generate();
    const std::string statement = "baosong/1 profile=gm unit=91150200MA0N8XQ313 revision=1";
    const auto sig = sm2Sign(key, bytesOfText(statement));
    EXPECT_LE(sig.size(), 72u);
    EXPECT_EQ(sig[0], 0x30);
    EXPECT_NO_THROW(sm2Verify(key.publicKey(), bytesOfText(statement), sig));

    EXPECT_EQ(codeOf([&] { sm2Verify(key.publicKey(), bytesOfText(statement + " "), sig); }),
              "signature_invalid");
    const auto other = Sm2SecretKey::generate();
    EXPECT_EQ(codeOf([&] { sm2Verify(other.publicKey(), bytesOfText(statement), sig); }),
              "signature_invalid");
    auto flipped = sig;
    flipped[sig.size() - 1] ^= 0x01;
    EXPECT_EQ(codeOf([&] { sm2Verify(key.publicKey(), bytesOfText(statement), flipped); }),
              "signature_invalid");
    auto appended = sig;
    appended.push_back(0);
    EXPECT_EQ(codeOf([&] { sm2Verify(key.publicKey(), bytesOfText(statement), appended); }),
              "signature_malformed");
    EXPECT_EQ(codeOf([&] { sm2Verify(key.publicKey(), bytesOfText(statement), {}); }),
              "signature_malformed");
    // SM2 signatures are randomised: two of one message differ and both verify.
    const auto again = sm2Sign(key, bytesOfText(statement));
    EXPECT_NE(again, sig);
    EXPECT_NO_THROW(sm2Verify(key.publicKey(), bytesOfText(statement), again));
}

TEST(Sm2Cipher, EncryptsTheFileKeyToTheOfficeOnly) {
    const auto office = Sm2SecretKey::generate();
    const auto fileKey = GmFileKey::generate();
    const auto ciphertext = sm2Encrypt(office.publicKey(), fileKey.bytes());
    EXPECT_EQ(ciphertext[0], 0x30);  // DER SM2Cipher
    const auto back = sm2Decrypt(office, ciphertext);
    EXPECT_TRUE(std::equal(back.bytes().begin(), back.bytes().end(), fileKey.bytes().begin(),
                           fileKey.bytes().end()));

    EXPECT_EQ(codeOf([&] { sm2Decrypt(Sm2SecretKey::generate(), ciphertext); }),
              "sm2_decrypt_failed");
    for (const std::size_t at : {std::size_t{10}, ciphertext.size() - 40, ciphertext.size() - 1}) {
        auto flipped = ciphertext;
        flipped[at] ^= 0x01;
        EXPECT_EQ(codeOf([&] { sm2Decrypt(office, flipped); }), "sm2_decrypt_failed") << at;
    }
    auto truncated = ciphertext;
    truncated.pop_back();
    EXPECT_EQ(codeOf([&] { sm2Decrypt(office, truncated); }), "sm2_decrypt_failed");
}

struct Sealed {
    std::vector<std::uint8_t> ciphertext;
    Sm3Digest mac{};
};

Sealed seal(const GmFileKey& key, const Sm4Iv& iv, std::span<const std::uint8_t> plain) {
    MemorySink out;
    GmPayloadWriter writer(key, iv, out);
    writer.write(plain.first(plain.size() / 3));
    writer.write(plain.subspan(plain.size() / 3));
    Sealed sealed;
    sealed.mac = writer.finish();
    sealed.ciphertext = out.bytes();
    return sealed;
}

CheckedPayload check(const GmFileKey& key, const Sm4Iv& iv, const Sealed& sealed) {
    GmPayloadCheck checking(key, iv);
    checking.update(sealed.ciphertext);
    return checking.finish(sealed.mac);
}

std::vector<std::uint8_t> readAll(ByteSource& source) {
    std::vector<std::uint8_t> all;
    std::vector<std::uint8_t> buffer(777);
    while (const std::size_t n = source.read(buffer)) {
        all.insert(all.end(), buffer.begin(), buffer.begin() + static_cast<long>(n));
    }
    return all;
}

TEST(GmPayload, RoundTripsEverySizeAroundTheBlock) {
    const auto key = GmFileKey::generate();
    const Sm4Iv iv{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};
    for (const std::size_t size : {0u, 1u, 15u, 16u, 17u, 65535u, 65536u, 200001u}) {
        std::vector<std::uint8_t> plain(size);
        for (std::size_t i = 0; i < size; ++i) {
            plain[i] = static_cast<std::uint8_t>(i * 13);
        }
        const Sealed sealed = seal(key, iv, plain);
        EXPECT_EQ(sealed.ciphertext.size(), GmPayloadWriter::ciphertextSize(size));
        MemorySource again(sealed.ciphertext);
        GmPayloadSource source(check(key, iv, sealed), again);
        EXPECT_EQ(readAll(source), plain) << size;
    }
}

// The seal runs SM4 and the MAC on different threads (GmPayloadEncryptor, GmPayloadMac):
// what they make together is what the one writer makes.
TEST(GmPayload, EncryptorAndMacApartMakeWhatTheWriterMakes) {
    const auto key = GmFileKey::generate();
    const Sm4Iv iv{9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 1, 2, 3, 4, 5, 6};
    std::vector<std::uint8_t> plain(200001);
    for (std::size_t i = 0; i < plain.size(); ++i) {
        plain[i] = static_cast<std::uint8_t>(i * 7);
    }
    const Sealed together = seal(key, iv, plain);
    MemorySink out;
    GmPayloadMac mac(key, iv);
    TeeSink both(mac, out);
    GmPayloadEncryptor encryptor(key, iv, both);
    encryptor.write(plain);
    encryptor.finish();
    EXPECT_EQ(out.bytes(), together.ciphertext);
    EXPECT_EQ(mac.finish(), together.mac);
}

TEST(GmPayload, NoChangeToIvCiphertextOrMacPassesTheCheck) {
    const auto key = GmFileKey::generate();
    const Sm4Iv iv{};
    const std::vector<std::uint8_t> plain(1000, 0x42);
    const Sealed sealed = seal(key, iv, plain);
    const auto refused = [&](const GmFileKey& k, const Sm4Iv& v, const Sealed& s) {
        return codeOf([&] { check(k, v, s); });
    };
    Sm4Iv otherIv = iv;
    otherIv[15] ^= 1;
    EXPECT_EQ(refused(key, otherIv, sealed), "payload_mac_invalid");
    for (const std::size_t at : {std::size_t{0}, std::size_t{500}, sealed.ciphertext.size() - 1}) {
        Sealed flipped = sealed;
        flipped.ciphertext[at] ^= 0x80;
        EXPECT_EQ(refused(key, iv, flipped), "payload_mac_invalid") << at;
    }
    Sealed truncated = sealed;
    truncated.ciphertext.resize(truncated.ciphertext.size() - 16);
    EXPECT_EQ(refused(key, iv, truncated), "payload_mac_invalid");
    Sealed extended = sealed;
    extended.ciphertext.resize(extended.ciphertext.size() + 16, 0);
    EXPECT_EQ(refused(key, iv, extended), "payload_mac_invalid");
    Sealed badMac = sealed;
    badMac.mac[0] ^= 1;
    EXPECT_EQ(refused(key, iv, badMac), "payload_mac_invalid");
    EXPECT_EQ(refused(GmFileKey::generate(), iv, sealed), "payload_mac_invalid");
    Sealed empty;
    empty.mac = HmacSm3(key.macKey()).update(iv).finish();
    EXPECT_EQ(refused(key, iv, empty), "payload_mac_invalid");
}

TEST(GmPayload, CiphertextChangedBetweenThePassesIsRefusedAtTheEnd) {
    const auto key = GmFileKey::generate();
    const Sm4Iv iv{};
    const std::vector<std::uint8_t> plain(300000, 0x11);
    const Sealed sealed = seal(key, iv, plain);
    CheckedPayload checked = check(key, iv, sealed);
    auto swapped = sealed.ciphertext;
    swapped[123456] ^= 0x01;
    MemorySource again(swapped);
    GmPayloadSource source(std::move(checked), again);
    EXPECT_EQ(codeOf([&] { readAll(source); }), "payload_changed");
}

TEST(GmPayload, FileKeyIsFortyEightBytes) {
    EXPECT_EQ(codeOf([] { GmFileKey::fromBytes(SecretBuffer(32)); }), "file_key_invalid");
    const auto key = GmFileKey::fromBytes(SecretBuffer(48));
    EXPECT_EQ(key.sm4Key().size(), 16u);
    EXPECT_EQ(key.macKey().size(), 32u);
}

}  // namespace
}  // namespace baosong::crypto
