#include <gtest/gtest.h>

#include "crypto/base64.h"
#include "crypto/crypto_error.h"
#include "crypto/minisign_secret_key.h"
#include "support/error_code.h"

namespace baosong::crypto {
namespace {

std::vector<std::uint8_t> bytes(std::string_view text) {
    return {text.begin(), text.end()};
}

std::string codeOf(const std::function<void()>& action) {
    return test::errorCodeOf<CryptoError>(action);
}

TEST(Minisign, SignAndVerify) {
    const auto key = MinisignSecretKey::generate();
    const auto message = bytes("推荐材料 v1");
    const auto sig = key.sign(message, "baosong/1 unit=91150200MA0N8XQ313 revision=1");
    EXPECT_NO_THROW(verifyMinisign(key.publicKey(), message, sig));
    const auto reparsed = MinisignSignature::parse(sig.fileText());
    EXPECT_EQ(reparsed.trustedComment, "baosong/1 unit=91150200MA0N8XQ313 revision=1");
    EXPECT_NO_THROW(verifyMinisign(key.publicKey(), message, reparsed));
}

TEST(Minisign, StreamedPrehashEqualsWholeMessage) {
    const auto message = bytes("part one, part two");
    MinisignPrehash streamed;
    streamed.update(std::span(message).first(9)).update(std::span(message).subspan(9));
    EXPECT_EQ(streamed.finish(), MinisignPrehash::of(message));
}

TEST(Minisign, AlteredMessageCommentOrKeyIsRefused) {
    const auto key = MinisignSecretKey::generate();
    const auto message = bytes("original");
    const auto sig = key.sign(message, "trusted");
    EXPECT_EQ(codeOf([&] { verifyMinisign(key.publicKey(), bytes("origina1"), sig); }),
              "signature_invalid");
    auto altered = sig;
    altered.trustedComment = "trusted!";
    EXPECT_EQ(codeOf([&] { verifyMinisign(key.publicKey(), message, altered); }),
              "trusted_comment_invalid");
    const auto other = MinisignSecretKey::generate();
    EXPECT_EQ(codeOf([&] { verifyMinisign(other.publicKey(), message, sig); }),
              "signature_key_mismatch");
    // Same key id, other key: the signature itself must fail.
    const MinisignPublicKey impostor(key.keyId(), other.publicKey().key());
    EXPECT_EQ(codeOf([&] { verifyMinisign(impostor, message, sig); }), "signature_invalid");
}

TEST(Minisign, MalformedSignatureFilesAreRefused) {
    const auto key = MinisignSecretKey::generate();
    const std::string good = key.sign(bytes("m"), "t").fileText();
    const auto lines = [&] {
        std::vector<std::string> out;
        std::string line;
        for (char c : good) {
            if (c == '\n') {
                out.push_back(line);
                line.clear();
            } else {
                line += c;
            }
        }
        return out;
    }();
    ASSERT_EQ(lines.size(), 4u);
    const auto join = [](const std::vector<std::string>& ls) {
        std::string out;
        for (const auto& l : ls) {
            out += l + "\n";
        }
        return out;
    };
    EXPECT_EQ(codeOf([&] { MinisignSignature::parse(""); }), "signature_malformed");
    EXPECT_EQ(codeOf([&] {
                  MinisignSignature::parse(join({lines[0], lines[1], lines[2]}));
              }),
              "signature_malformed");
    EXPECT_EQ(codeOf([&] {
                  MinisignSignature::parse(join({"x", lines[1], lines[2], lines[3]}));
              }),
              "signature_malformed");
    EXPECT_EQ(codeOf([&] {
                  MinisignSignature::parse(join({lines[0], lines[1] + "A", lines[2], lines[3]}));
              }),
              "signature_malformed");
    EXPECT_EQ(codeOf([&] {
                  MinisignSignature::parse(join({lines[0], lines[1], "trusted: x", lines[3]}));
              }),
              "signature_malformed");
    // CRLF line endings, as a file edited on Windows would have, still parse.
    std::string crlf;
    for (const auto& l : lines) {
        crlf += l + "\r\n";
    }
    EXPECT_NO_THROW(verifyMinisign(key.publicKey(), bytes("m"), MinisignSignature::parse(crlf)));
}

TEST(Minisign, LegacySignatureIsRefusedWithItsOwnCode) {
    const auto key = MinisignSecretKey::generate();
    std::string text = key.sign(bytes("m"), "t").fileText();
    // Rewrite the algorithm bytes "ED" of the second line as the legacy "Ed".
    const auto start = text.find('\n') + 1;
    const auto end = text.find('\n', start);
    auto body = base64Decode(text.substr(start, end - start));
    ASSERT_EQ(body[1], 'D');
    body[1] = 'd';
    text.replace(start, end - start, base64Encode(body));
    EXPECT_EQ(codeOf([&] { MinisignSignature::parse(text); }), "signature_legacy");
}

TEST(Minisign, CommentsMayNotContainNewlines) {
    const auto key = MinisignSecretKey::generate();
    EXPECT_EQ(codeOf([&] { key.sign(bytes("m"), "two\nlines"); }), "comment_invalid");
}

TEST(Minisign, PublicKeyTextRoundTrip) {
    const auto pub = MinisignSecretKey::generate().publicKey();
    EXPECT_EQ(MinisignPublicKey::fromText(pub.fileText()), pub);
    EXPECT_EQ(MinisignPublicKey::fromBase64(pub.base64()), pub);
    EXPECT_EQ(pub.base64().size(), 56u);
    EXPECT_TRUE(pub.base64().starts_with("RW"));
    EXPECT_EQ(pub.keyIdHex().size(), 16u);
    EXPECT_EQ(codeOf([] { MinisignPublicKey::fromBase64("RWQ"); }), "public_key_invalid");
    EXPECT_EQ(codeOf([] { MinisignPublicKey::fromText("a\nb\nc\n"); }), "public_key_invalid");
}

TEST(Minisign, KeyIdPrintsAsLittleEndianNumber) {
    const MinisignKeyId id{0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08};
    EXPECT_EQ(minisignKeyIdHex(id), "0807060504030201");
}

TEST(Minisign, EncryptedSecretKeyFileRoundTrip) {
    const auto key = MinisignSecretKey::generate();
    const auto pass = SecretBuffer::copyOf(std::string_view("key file passphrase"));
    const std::string file = key.encryptedFileText(pass, MinisignScryptParams::interactive());
    const auto loaded = MinisignSecretKey::fromFile(file, &pass);
    EXPECT_EQ(loaded.publicKey(), key.publicKey());
    const auto wrong = SecretBuffer::copyOf(std::string_view("not the passphrase"));
    EXPECT_EQ(codeOf([&] { MinisignSecretKey::fromFile(file, &wrong); }), "wrong_passphrase");
    EXPECT_EQ(codeOf([&] { MinisignSecretKey::fromFile(file, nullptr); }), "passphrase_required");
}

TEST(Minisign, UnencryptedKeyFileWithInconsistentKeyIsRefused) {
    // An unencrypted file (kdf "\0\0") whose public half does not follow from the seed.
    const auto key = MinisignSecretKey::generate();
    std::vector<std::uint8_t> raw = {'E', 'd', 0, 0, 'B', '2'};
    raw.resize(6 + 32 + 8 + 8, 0);
    const auto stored = key.toStorage();
    raw.insert(raw.end(), stored.data(), stored.data() + stored.size());
    raw.resize(raw.size() + 32, 0);  // zero checksum, as minisign -W writes
    const std::string good = "untrusted comment: k\n" + base64Encode(raw) + "\n";
    EXPECT_EQ(MinisignSecretKey::fromFile(good, nullptr).publicKey(), key.publicKey());
    raw[6 + 32 + 16 + 8 + 40] ^= 1;  // inside the public half
    const std::string bad = "untrusted comment: k\n" + base64Encode(raw) + "\n";
    EXPECT_EQ(codeOf([&] { MinisignSecretKey::fromFile(bad, nullptr); }), "secret_key_malformed");
}

TEST(Minisign, StorageRoundTrip) {
    const auto key = MinisignSecretKey::generate();
    const auto restored = MinisignSecretKey::fromStorage(key.toStorage().bytes());
    EXPECT_EQ(restored.publicKey(), key.publicKey());
    EXPECT_EQ(codeOf([] { MinisignSecretKey::fromStorage(std::vector<std::uint8_t>(10)); }),
              "secret_key_malformed");
}

TEST(Minisign, MalformedSecretKeyFilesAreRefused) {
    const auto pass = SecretBuffer::copyOf(std::string_view("p"));
    EXPECT_EQ(codeOf([&] { MinisignSecretKey::fromFile("", &pass); }), "secret_key_malformed");
    EXPECT_EQ(codeOf([&] { MinisignSecretKey::fromFile("untrusted comment: x\n!!!\n", &pass); }),
              "secret_key_malformed");
    EXPECT_EQ(
        codeOf([&] { MinisignSecretKey::fromFile("untrusted comment: x\nRWQAAAA=\n", &pass); }),
        "secret_key_malformed");
}

}  // namespace
}  // namespace baosong::crypto
