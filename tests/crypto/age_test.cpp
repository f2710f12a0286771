// age v1: round trips through our writer and reader, keys, tampering, and the promises of
// the streaming reader (nothing unauthenticated released, one chunk held).

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>
#include <string>
#include <tuple>

#include "crypto/age_reader.h"
#include "crypto/age_writer.h"
#include "crypto/age_x25519.h"
#include "crypto/crypto_error.h"
#include "support/error_code.h"

namespace baosong::crypto::age {
namespace {

using Bytes = std::vector<std::uint8_t>;
constexpr std::size_t kChunk = 64 * 1024;
constexpr int kTestWorkFactor = 10;  // fast; the format is the same at any work factor

std::string codeOf(const std::function<void()>& action) {
    return test::errorCodeOf<CryptoError>(action);
}

Bytes pattern(std::size_t size) {
    Bytes bytes(size);
    for (std::size_t i = 0; i < size; ++i) {
        bytes[i] = static_cast<std::uint8_t>((i * 131 + i / 251) & 0xff);
    }
    return bytes;
}

std::string textOf(const Bytes& bytes) {
    return {bytes.begin(), bytes.end()};
}

// Writes in uneven pieces, so that chunk boundaries fall inside writes.
void writeInPieces(AgeWriter& writer, const Bytes& plaintext) {
    std::size_t at = 0;
    for (std::size_t piece = 1; at < plaintext.size(); piece = piece * 3 + 1) {
        const std::size_t n = std::min(piece % 70001, plaintext.size() - at);
        writer.write(std::span(plaintext).subspan(at, n));
        at += n;
    }
    writer.finish();
}

Bytes encrypt(const Bytes& plaintext, const std::vector<X25519Recipient>& recipients,
              bool armored = false) {
    MemorySink sink;
    AgeWriter writer(recipients, sink, armored);
    writeInPieces(writer, plaintext);
    return sink.bytes();
}

Bytes readAll(AgeReader& reader, std::size_t bufferSize = 777) {
    Bytes out;
    Bytes buffer(bufferSize);
    while (const std::size_t n = reader.read(buffer)) {
        out.insert(out.end(), buffer.begin(), buffer.begin() + static_cast<std::ptrdiff_t>(n));
    }
    return out;
}

Bytes decrypt(const Bytes& file, const std::vector<const X25519Identity*>& identities) {
    MemorySource source(file);
    AgeReader reader(source, identities);
    return readAll(reader);
}

Bytes decrypt(const Bytes& file, const X25519Identity& identity) {
    return decrypt(file, std::vector{&identity});
}

Bytes decryptWithPassphrase(const Bytes& file, std::string_view passphrase,
                            int maxWorkFactor = 22) {
    MemorySource source(file);
    AgeReader reader(source, passphrase, maxWorkFactor);
    return readAll(reader);
}

// The offset just after the header's MAC line (where the payload nonce starts).
std::size_t payloadStart(const Bytes& file) {
    const std::string text = textOf(file);
    const auto mac = text.find("\n--- ");
    return text.find('\n', mac + 1) + 1;
}

// --- Keys ---------------------------------------------------------------------------------

TEST(AgeKeys, SpecExampleIdentityGivesItsRecipient) {
    // C2SP age, "The X25519 recipient type": identity 0x42 × 32 and its recipient.
    const auto identity = X25519Identity::parse(
        "AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX");
    EXPECT_EQ(identity.recipient().text(),
              "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj");
    EXPECT_EQ(identity.text().view(),
              "AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX");
}

TEST(AgeKeys, GeneratedKeysRoundTripThroughText) {
    const auto identity = X25519Identity::generate();
    const auto text = identity.text();
    EXPECT_TRUE(text.view().starts_with("AGE-SECRET-KEY-1"));
    EXPECT_EQ(text.size(), std::size_t{74});
    EXPECT_EQ(X25519Identity::parse(text.view()).recipient(), identity.recipient());
    const std::string recipient = identity.recipient().text();
    EXPECT_TRUE(recipient.starts_with("age1"));
    EXPECT_EQ(recipient.size(), std::size_t{62});
    EXPECT_EQ(X25519Recipient::parse(recipient), identity.recipient());
    EXPECT_NE(X25519Identity::generate().recipient(), identity.recipient());
}

TEST(AgeKeys, RefusesMalformedKeys) {
    const std::string recipient = X25519Identity::generate().recipient().text();
    std::string upper = recipient;
    std::transform(upper.begin(), upper.end(), upper.begin(), ::toupper);
    std::string flipped = recipient;
    flipped[10] = flipped[10] == 'q' ? 'p' : 'q';
    for (const std::string& bad : {upper, flipped, recipient.substr(0, recipient.size() - 1),
                                   std::string("age1"), std::string(), " " + recipient}) {
        EXPECT_EQ(codeOf([&] { X25519Recipient::parse(bad); }), "age_recipient_invalid") << bad;
    }
    // Right checksum, wrong prefix or length.
    EXPECT_EQ(codeOf([] { X25519Recipient::parse("a12uel5l"); }), "age_recipient_invalid");

    const std::string identity(X25519Identity::generate().text().view());
    std::string lower = identity;
    std::transform(lower.begin(), lower.end(), lower.begin(), ::tolower);
    std::string changed = identity;
    changed[20] = changed[20] == 'Q' ? 'P' : 'Q';
    for (const std::string& bad : {lower, changed, recipient, identity + "Q"}) {
        EXPECT_EQ(codeOf([&] { X25519Identity::parse(bad); }), "age_identity_invalid");
    }
    // A post-quantum identity is not one of ours.
    EXPECT_EQ(codeOf([] {
                  X25519Identity::parse(
                      "AGE-SECRET-KEY-PQ-"
                      "1XX76JRALNLXDMEW0CRK45QMCCH4X06SE84UN3VPM33W6HWDX0H3SK3ZQFR");
              }),
              "age_identity_invalid");
}

// --- Round trips --------------------------------------------------------------------------

class AgeRoundTrip : public ::testing::TestWithParam<std::tuple<std::size_t, std::size_t, bool>> {};

TEST_P(AgeRoundTrip, EveryRecipientDecrypts) {
    const auto [size, recipientCount, armored] = GetParam();
    std::vector<X25519Identity> identities;
    std::vector<X25519Recipient> recipients;
    for (std::size_t i = 0; i < recipientCount; ++i) {
        identities.push_back(X25519Identity::generate());
        recipients.push_back(identities.back().recipient());
    }
    const Bytes plaintext = pattern(size);
    const Bytes file = encrypt(plaintext, recipients, armored);
    EXPECT_EQ(textOf(file).starts_with(armored ? "-----BEGIN AGE ENCRYPTED FILE-----\n"
                                               : "age-encryption.org/v1\n"),
              true);
    for (const auto& identity : identities) {
        EXPECT_EQ(decrypt(file, identity), plaintext);
    }
    const auto stranger = X25519Identity::generate();
    EXPECT_EQ(codeOf([&] { decrypt(file, stranger); }), "age_no_match");
    EXPECT_EQ(decrypt(file, {&stranger, &identities.back()}), plaintext);
}

std::string roundTripName(
    const ::testing::TestParamInfo<std::tuple<std::size_t, std::size_t, bool>>& info) {
    return "bytes" + std::to_string(std::get<0>(info.param)) + "_recipients" +
           std::to_string(std::get<1>(info.param)) +
           (std::get<2>(info.param) ? "_armored" : "_binary");
}

INSTANTIATE_TEST_SUITE_P(Sizes, AgeRoundTrip,
                         ::testing::Combine(::testing::Values(0, 1, kChunk - 1, kChunk, kChunk + 1,
                                                              3 * kChunk),
                                            ::testing::Values(1, 3), ::testing::Bool()),
                         roundTripName);

TEST(AgePassphrase, RoundTripsBinaryAndArmored) {
    for (const bool armored : {false, true}) {
        for (const std::size_t size : {std::size_t{0}, kChunk + 1}) {
            const Bytes plaintext = pattern(size);
            MemorySink sink;
            auto writer = AgeWriter::forPassphrase("推荐材料 口令", kTestWorkFactor, sink, armored);
            writeInPieces(writer, plaintext);
            const Bytes& file = sink.bytes();
            if (!armored) {
                EXPECT_NE(textOf(file).find("\n-> scrypt "), std::string::npos);
            }
            EXPECT_EQ(decryptWithPassphrase(file, "推荐材料 口令"), plaintext);
            EXPECT_EQ(codeOf([&] { decryptWithPassphrase(file, "推荐材料口令"); }), "age_no_match");
            // Nothing for X25519 identities in it, and the converse.
            EXPECT_EQ(codeOf([&] { decrypt(file, X25519Identity::generate()); }), "age_no_match");
        }
    }
    const Bytes forKey = encrypt(pattern(10), {X25519Identity::generate().recipient()});
    EXPECT_EQ(codeOf([&] { decryptWithPassphrase(forKey, "x"); }), "age_no_match");
}

TEST(AgePassphrase, RefusesWorkFactorAboveTheReadersMaximum) {
    MemorySink sink;
    auto writer = AgeWriter::forPassphrase("p", 12, sink);
    writer.finish();
    EXPECT_EQ(codeOf([&] { decryptWithPassphrase(sink.bytes(), "p", 11); }), "age_header_invalid");
    EXPECT_NO_THROW(decryptWithPassphrase(sink.bytes(), "p", 12));
}

TEST(AgePassphrase, RefusesBadParameters) {
    MemorySink sink;
    EXPECT_EQ(codeOf([&] { AgeWriter::forPassphrase("", 10, sink); }), "passphrase_empty");
    EXPECT_EQ(codeOf([&] { AgeWriter::forPassphrase("p", 0, sink); }), "kdf_params_invalid");
    EXPECT_EQ(codeOf([&] { AgeWriter::forPassphrase("p", 31, sink); }), "kdf_params_invalid");
    MemorySource source(sink.bytes());
    EXPECT_EQ(codeOf([&] { AgeReader(source, "p", 0); }), "kdf_params_invalid");
}

// --- Writer -------------------------------------------------------------------------------

TEST(AgeWriter, WritesTheHeaderAtOnceAndHoldsOneChunk) {
    MemorySink sink;
    AgeWriter writer({X25519Identity::generate().recipient()}, sink);
    const std::size_t headerAndNonce = sink.bytes().size();
    EXPECT_TRUE(textOf(sink.bytes()).starts_with("age-encryption.org/v1\n-> X25519 "));
    EXPECT_EQ(headerAndNonce, payloadStart(sink.bytes()) + 16);
    const Bytes chunk = pattern(kChunk);
    writer.write(chunk);
    // A full chunk may still be the last: it waits for the next byte.
    EXPECT_EQ(sink.bytes().size(), headerAndNonce);
    writer.write(std::span(chunk).first(1));
    EXPECT_EQ(sink.bytes().size(), headerAndNonce + kChunk + 16);
    writer.finish();
    EXPECT_EQ(sink.bytes().size(), headerAndNonce + kChunk + 16 + 1 + 16);
}

TEST(AgeWriter, RefusesWritingAfterFinishAndNoRecipients) {
    MemorySink sink;
    AgeWriter writer({X25519Identity::generate().recipient()}, sink);
    writer.finish();
    const Bytes one = {1};
    EXPECT_EQ(codeOf([&] { writer.write(one); }), "age_writer_finished");
    EXPECT_EQ(codeOf([&] { writer.finish(); }), "age_writer_finished");
    EXPECT_EQ(codeOf([&] { AgeWriter({}, sink); }), "age_no_recipient");
}

TEST(AgeWriter, ArmorIsStrictPem) {
    const Bytes file = encrypt(pattern(1000), {X25519Identity::generate().recipient()}, true);
    const std::string text = textOf(file);
    EXPECT_TRUE(text.ends_with("\n-----END AGE ENCRYPTED FILE-----\n"));
    std::size_t at = 0;
    std::size_t lines = 0;
    while (at < text.size()) {
        const auto end = text.find('\n', at);
        EXPECT_LE(end - at, 64u);
        at = end + 1;
        ++lines;
    }
    EXPECT_GT(lines, 3u);
}

// --- Tampering ----------------------------------------------------------------------------

class AgeTampering : public ::testing::Test {
  protected:
    void SetUp() override { file = encrypt(plaintext, {identity.recipient()}); }
    std::string codeAfter(const Bytes& changed) {
        return codeOf([&] { decrypt(changed, identity); });
    }
    Bytes replacedAt(std::size_t offset, std::uint8_t value) const {
        Bytes changed = file;
        changed.at(offset) = value;
        return changed;
    }
    X25519Identity identity = X25519Identity::generate();
    Bytes plaintext = pattern(2 * kChunk + 100);
    Bytes file;
};

TEST_F(AgeTampering, HeaderChangesHaveTheirOwnCodes) {
    const std::string text = textOf(file);
    // The version line: a parse error.
    EXPECT_EQ(codeAfter(replacedAt(text.find("v1"), 'V')), "age_header_invalid");
    // A character of the MAC, still canonical base64: the MAC is wrong.
    const std::size_t mac = text.find("\n--- ") + 5;
    EXPECT_EQ(codeAfter(replacedAt(mac + 3, file[mac + 3] == 'A' ? 'B' : 'A')), "age_hmac_failure");
    // A character of the wrapped file key: the stanza no longer opens for us.
    const std::size_t body = text.find('\n', text.find("-> X25519")) + 1;
    EXPECT_EQ(codeAfter(replacedAt(body + 5, file[body + 5] == 'A' ? 'B' : 'A')), "age_no_match");
    // A space where a stanza's body line was: malformed.
    EXPECT_EQ(codeAfter(replacedAt(body + 5, ' ')), "age_header_invalid");
    // Header only, no nonce; and a short nonce.
    const Bytes headerOnly(file.begin(),
                           file.begin() + static_cast<std::ptrdiff_t>(payloadStart(file)));
    EXPECT_EQ(codeAfter(headerOnly), "age_header_invalid");
    Bytes shortNonce = headerOnly;
    shortNonce.insert(shortNonce.end(), 15, 0);
    EXPECT_EQ(codeAfter(shortNonce), "age_header_invalid");
}

TEST(AgeReader, InputThatIsNoAgeFile) {
    const auto identity = X25519Identity::generate();
    const auto codeFor = [&](const std::string& text) {
        return codeOf([&] { decrypt(Bytes(text.begin(), text.end()), identity); });
    };
    // Too short to tell is binary; anything not starting as a binary file is armor.
    EXPECT_EQ(codeFor(""), "age_header_invalid");
    EXPECT_EQ(codeFor("age-encryption.org"), "age_header_invalid");
    EXPECT_EQ(codeFor("age-encryption.org/v2\n"), "age_header_invalid");
    EXPECT_EQ(codeFor("推荐材料"), "age_armor_invalid");
    // A header line beyond the 1 MiB bound is refused without being held.
    EXPECT_EQ(codeFor("age-encryption.org/v1\n-> " + std::string(2 << 20, 'a')),
              "age_header_invalid");
}

TEST_F(AgeTampering, PayloadChangesFailThePayload) {
    const std::size_t payload = payloadStart(file);
    // The nonce, the first chunk, the last chunk's tag.
    for (const std::size_t offset : {payload, payload + 16 + 10, file.size() - 1}) {
        EXPECT_EQ(codeAfter(replacedAt(offset, static_cast<std::uint8_t>(file[offset] ^ 1))),
                  "age_payload_invalid")
            << offset;
    }
    // Truncated anywhere in the payload: at the end, at a chunk boundary, inside the nonce.
    for (const std::size_t keep : {file.size() - 1, payload + 16 + kChunk + 16, payload + 16,
                                   payload + 16 + kChunk + 16 + kChunk + 16}) {
        const Bytes truncated(file.begin(), file.begin() + static_cast<std::ptrdiff_t>(keep));
        const std::string expected =
            keep < payload + 16 ? "age_header_invalid" : "age_payload_invalid";
        EXPECT_EQ(codeAfter(truncated), expected) << keep;
    }
    // Appended: one byte, or a whole copy of the last chunk.
    Bytes appended = file;
    appended.push_back(0);
    EXPECT_EQ(codeAfter(appended), "age_payload_invalid");
    Bytes doubled = file;
    doubled.insert(doubled.end(), file.end() - 116, file.end());
    EXPECT_EQ(codeAfter(doubled), "age_payload_invalid");
}

TEST_F(AgeTampering, ArmorChangesFailTheArmor) {
    const Bytes armored = encrypt(plaintext, {identity.recipient()}, true);
    const std::string text = textOf(armored);
    EXPECT_EQ(decrypt(armored, identity), plaintext);
    // Trailing white space and CRLF are allowed; anything else around the armor is not.
    Bytes spaced = Bytes{' ', '\n'};
    spaced.insert(spaced.end(), armored.begin(), armored.end());
    spaced.insert(spaced.end(), {'\r', '\n', '\t'});
    EXPECT_EQ(decrypt(spaced, identity), plaintext);
    Bytes trailing = armored;
    trailing.push_back('x');
    EXPECT_EQ(codeAfter(trailing), "age_armor_invalid");
    // A line break moved, a character outside base64, the end line missing.
    const std::size_t secondLine = text.find('\n', text.find('\n') + 1) + 1;
    Bytes badCharacter = armored;
    badCharacter[secondLine + 10] = '*';
    EXPECT_EQ(codeAfter(badCharacter), "age_armor_invalid");
    const Bytes noEnd(armored.begin(),
                      armored.begin() + static_cast<std::ptrdiff_t>(text.rfind("-----END")));
    EXPECT_EQ(codeAfter(noEnd), "age_armor_invalid");
    Bytes split = armored;
    split.insert(split.begin() + static_cast<std::ptrdiff_t>(secondLine + 20), '\n');
    EXPECT_EQ(codeAfter(split), "age_armor_invalid");
}

// --- The streaming reader's promises ---------------------------------------------------------

TEST_F(AgeTampering, NeverReleasesAChunkWhoseTagFails) {
    const std::size_t secondChunk = payloadStart(file) + 16 + kChunk + 16;
    const Bytes changed =
        replacedAt(secondChunk + 7, static_cast<std::uint8_t>(file[secondChunk + 7] ^ 0x80));
    MemorySource source(changed);
    AgeReader reader(source, {&identity});
    Bytes first(kChunk);
    std::size_t got = 0;
    while (got < kChunk) {
        const std::size_t n = reader.read(std::span(first).subspan(got));
        ASSERT_GT(n, 0u);
        got += n;
    }
    EXPECT_TRUE(std::equal(first.begin(), first.end(), plaintext.begin()));
    Bytes more(10);
    EXPECT_EQ(codeOf([&] { reader.read(more); }), "age_payload_invalid");
    EXPECT_EQ(codeOf([&] { reader.read(more); }), "age_payload_invalid");  // and stays failed
}

// Hands out its bytes and counts them, to see how far ahead of the plaintext the reader is.
class CountingSource final : public ByteSource {
  public:
    explicit CountingSource(const Bytes& bytes) : inner_(bytes) {}
    std::size_t read(std::span<std::uint8_t> buffer) override {
        const std::size_t n = inner_.read(buffer);
        pulled += n;
        return n;
    }
    std::size_t pulled = 0;

  private:
    MemorySource inner_;
};

TEST(AgeStreaming, ReaderStaysWithinOneChunkOfItsOutput) {
    const auto identity = X25519Identity::generate();
    const Bytes plaintext = pattern(40 * kChunk + 5);
    for (const bool armored : {false, true}) {
        const Bytes file = encrypt(plaintext, {identity.recipient()}, armored);
        CountingSource source(file);
        AgeReader reader(source, {&identity});
        Bytes buffer(1000);
        std::size_t released = 0;
        // Ahead of the plaintext released: the tags so far, then at most the header, nonce,
        // one sealed chunk with its look-ahead byte, and two 4 KiB read buffers. Armor
        // spends 65 characters on 48 bytes.
        const auto bound = [&](std::size_t binary) {
            return armored ? binary * 65 / 48 + 4096 + 100 : binary;
        };
        while (const std::size_t n = reader.read(buffer)) {
            released += n;
            const std::size_t tags = (released / kChunk) * 16;
            ASSERT_LE(source.pulled, bound(released + tags + 1024 + 16 + kChunk + 17 + 4096))
                << armored;
        }
        EXPECT_EQ(released, plaintext.size());
    }
}

}  // namespace
}  // namespace baosong::crypto::age
