#include "crypto/argon2id.h"

#include <gtest/gtest.h>

#include "crypto/crypto_error.h"

namespace baosong::crypto {
namespace {

const Argon2idParams kFast{1, std::uint64_t{8} << 20};

Argon2idSalt saltOf(std::uint8_t fill) {
    Argon2idSalt salt{};
    salt.fill(fill);
    return salt;
}

TEST(Argon2id, SameInputsSameKey) {
    const auto pass = SecretBuffer::copyOf(std::string_view("口令 with 中文"));
    const auto a = deriveArgon2id(pass, saltOf(1), kFast, 32);
    const auto b = deriveArgon2id(pass, saltOf(1), kFast, 32);
    EXPECT_TRUE(a.equals(b));
    EXPECT_EQ(a.size(), 32u);
}

TEST(Argon2id, EveryInputChangesTheKey) {
    const auto pass = SecretBuffer::copyOf(std::string_view("passphrase"));
    const auto base = deriveArgon2id(pass, saltOf(1), kFast, 32);
    EXPECT_FALSE(base.equals(deriveArgon2id(pass, saltOf(2), kFast, 32)));
    EXPECT_FALSE(base.equals(deriveArgon2id(SecretBuffer::copyOf(std::string_view("passphrasf")),
                                            saltOf(1), kFast, 32)));
    EXPECT_FALSE(base.equals(deriveArgon2id(pass, saltOf(1), {2, kFast.memoryBytes}, 32)));
    EXPECT_FALSE(base.equals(deriveArgon2id(pass, saltOf(1), {1, kFast.memoryBytes * 2}, 32)));
}

TEST(Argon2id, RefusesEmptyPassphrase) {
    try {
        deriveArgon2id(SecretBuffer(0), saltOf(1), kFast, 32);
        FAIL() << "empty passphrase accepted";
    } catch (const CryptoError& e) {
        EXPECT_EQ(e.code(), "passphrase_empty");
    }
}

TEST(Argon2id, RefusesParametersOutsideBounds) {
    EXPECT_THROW((Argon2idParams{0, kFast.memoryBytes}.validate()), CryptoError);
    EXPECT_THROW((Argon2idParams{1, 1024}.validate()), CryptoError);
    EXPECT_THROW((Argon2idParams{1, std::uint64_t{1} << 40}.validate()), CryptoError);
    EXPECT_THROW((Argon2idParams{1000, kFast.memoryBytes}.validate()), CryptoError);
    EXPECT_NO_THROW(Argon2idParams::defaults().validate());
}

TEST(Argon2id, DefaultsAreTheVaultFormatFloor) {
    EXPECT_EQ(Argon2idParams::defaults().memoryBytes, std::uint64_t{256} << 20);
    EXPECT_EQ(Argon2idParams::defaults().passes, 3u);
}

TEST(Argon2id, RandomSaltsDiffer) {
    EXPECT_NE(randomArgon2idSalt(), randomArgon2idSalt());
}

}  // namespace
}  // namespace baosong::crypto
