#include "crypto/secret_buffer.h"

#include <gtest/gtest.h>

namespace baosong::crypto {
namespace {

TEST(SecretBuffer, CopiesAndComparesContents) {
    const auto a = SecretBuffer::copyOf(std::string_view("correct horse"));
    const auto b = SecretBuffer::copyOf(std::string_view("correct horse"));
    const auto c = SecretBuffer::copyOf(std::string_view("correct horsf"));
    EXPECT_EQ(a.view(), "correct horse");
    EXPECT_TRUE(a.equals(b));
    EXPECT_FALSE(a.equals(c));
    EXPECT_FALSE(a.equals(SecretBuffer::copyOf(std::string_view("correct"))));
}

TEST(SecretBuffer, NewBufferIsZeroed) {
    SecretBuffer buffer(64);
    for (std::uint8_t byte : buffer.bytes()) {
        EXPECT_EQ(byte, 0);
    }
}

TEST(SecretBuffer, MoveLeavesSourceEmpty) {
    auto a = SecretBuffer::copyOf(std::string_view("secret"));
    SecretBuffer b = std::move(a);
    EXPECT_EQ(b.view(), "secret");
    EXPECT_TRUE(a.empty());  // NOLINT(bugprone-use-after-move): the point of the test
    EXPECT_EQ(a.data(), nullptr);
    a = std::move(b);
    EXPECT_EQ(a.view(), "secret");
}

TEST(SecretBuffer, EmptyBufferHasStorage) {
    SecretBuffer empty(0);
    EXPECT_TRUE(empty.empty());
    EXPECT_NE(empty.data(), nullptr);
}

}  // namespace
}  // namespace baosong::crypto
