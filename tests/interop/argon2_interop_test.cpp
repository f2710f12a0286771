// Our Argon2id (libsodium) against the reference implementation's command-line tool.

#include <gtest/gtest.h>

#include "crypto/argon2id.h"
#include "crypto/sha256.h"
#include "support/process.h"

namespace baosong::crypto {
namespace {

TEST(Argon2Interop, MatchesReferenceImplementation) {
    BAOSONG_REQUIRE_PROGRAM("argon2");
    const std::string salt = "baosong-salt-16b";  // the tool takes the salt as text
    ASSERT_EQ(salt.size(), kArgon2idSaltBytes);
    Argon2idSalt saltBytes{};
    std::copy(salt.begin(), salt.end(), saltBytes.begin());
    for (const auto& [passphrase, passes, log2Kib] : std::vector<std::tuple<std::string, int, int>>{
             {"correct horse battery staple", 1, 13}, {"保险库口令", 3, 14}, {"x", 2, 12}}) {
        test::ProcessOptions input;
        input.stdinText = passphrase;
        const auto r = test::runProcess({"argon2", salt, "-id", "-t", std::to_string(passes), "-m",
                                         std::to_string(log2Kib), "-p", "1", "-l", "32", "-r"},
                                        input);
        ASSERT_EQ(r.exitCode, 0) << r.err;
        const Argon2idParams params{static_cast<std::uint64_t>(passes),
                                    std::uint64_t{1024} << log2Kib};
        const auto ours = deriveArgon2id(SecretBuffer::copyOf(std::string_view(passphrase)),
                                         saltBytes, params, 32);
        EXPECT_EQ(toHex(ours.bytes()) + "\n", r.out) << passphrase;
    }
}

}  // namespace
}  // namespace baosong::crypto
