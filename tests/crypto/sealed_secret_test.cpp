#include "crypto/sealed_secret.h"

#include <gtest/gtest.h>

#include "crypto/crypto_error.h"
#include "support/error_code.h"

namespace baosong::crypto {
namespace {

const Argon2idParams kFast{1, std::uint64_t{8} << 20};
const auto kPass = [] { return SecretBuffer::copyOf(std::string_view("reviewer passphrase")); };

std::string codeOf(const std::function<void()>& action) {
    return test::errorCodeOf<CryptoError>(action);
}

TEST(SealedSecret, RoundTrip) {
    const auto secret = SecretBuffer::copyOf(std::string_view("the reviewer's signing key"));
    const auto sealed = SealedSecret::seal(secret, kPass(), kFast, "ctx");
    EXPECT_TRUE(SealedSecret::open(sealed, kPass(), "ctx").equals(secret));
    EXPECT_EQ(SealedSecret::paramsOf(sealed), kFast);
}

TEST(SealedSecret, SealingTwiceDiffers) {
    const auto secret = SecretBuffer::copyOf(std::string_view("x"));
    EXPECT_NE(SealedSecret::seal(secret, kPass(), kFast, "ctx"),
              SealedSecret::seal(secret, kPass(), kFast, "ctx"));
}

TEST(SealedSecret, WrongPassphraseOrContextFails) {
    const auto sealed =
        SealedSecret::seal(SecretBuffer::copyOf(std::string_view("k")), kPass(), kFast, "reviewer");
    EXPECT_EQ(codeOf([&] {
                  SealedSecret::open(sealed, SecretBuffer::copyOf(std::string_view("other")),
                                     "reviewer");
              }),
              "wrong_passphrase");
    EXPECT_EQ(codeOf([&] { SealedSecret::open(sealed, kPass(), "unit"); }), "wrong_passphrase");
}

TEST(SealedSecret, EveryFlippedByteIsDetected) {
    const auto sealed = SealedSecret::seal(SecretBuffer::copyOf(std::string_view("key bytes")),
                                           kPass(), kFast, "ctx");
    for (std::size_t i = 0; i < sealed.size(); ++i) {
        auto bad = sealed;
        bad[i] ^= 0x01;
        const std::string code = codeOf([&] { SealedSecret::open(bad, kPass(), "ctx"); });
        EXPECT_NE(code, "no error") << "byte " << i;
    }
}

TEST(SealedSecret, TruncatedOrForeignBlobIsMalformed) {
    const auto sealed =
        SealedSecret::seal(SecretBuffer::copyOf(std::string_view("k")), kPass(), kFast, "ctx");
    const std::vector<std::uint8_t> truncated(sealed.begin(), sealed.begin() + 40);
    EXPECT_EQ(codeOf([&] { SealedSecret::open(truncated, kPass(), "ctx"); }),
              "sealed_secret_malformed");
    const std::vector<std::uint8_t> foreign(100, 0x42);
    EXPECT_EQ(codeOf([&] { SealedSecret::open(foreign, kPass(), "ctx"); }),
              "sealed_secret_malformed");
}

TEST(SealedSecret, ForgedHugeMemoryParameterIsRefusedBeforeAllocating) {
    auto sealed =
        SealedSecret::seal(SecretBuffer::copyOf(std::string_view("k")), kPass(), kFast, "ctx");
    sealed[15] = 0x7f;  // memoryBytes' top byte: about 9 EB
    EXPECT_EQ(codeOf([&] { SealedSecret::open(sealed, kPass(), "ctx"); }), "kdf_params_invalid");
}

}  // namespace
}  // namespace baosong::crypto
