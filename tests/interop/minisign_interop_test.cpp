// Our minisign code against the real minisign binary, both ways: signatures, public keys,
// and secret key files (encrypted and not).

#include <gtest/gtest.h>

#include "crypto/crypto_error.h"
#include "crypto/minisign_secret_key.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace baosong::crypto {
namespace {

using test::readFile;
using test::runProcess;
using test::writeFile;

class MinisignInterop : public ::testing::Test {
  protected:
    void SetUp() override {
        BAOSONG_REQUIRE_PROGRAM("minisign");
        writeFile(dir.path() / "message.txt", "推荐工作情况报告\nrevision 1\n");
    }
    std::vector<std::uint8_t> message() const {
        const auto text = readFile(dir.path() / "message.txt");
        return {text.begin(), text.end()};
    }
    test::TempDir dir;
};

TEST_F(MinisignInterop, MinisignVerifiesOurSignature) {
    const auto key = MinisignSecretKey::generate();
    writeFile(dir.path() / "unit.pub", key.publicKey().fileText());
    const std::string trusted = "baosong/1 unit=91150200MA0N8XQ313 campaign=nmg-zuimei-2023";
    writeFile(dir.path() / "message.txt.minisig", key.sign(message(), trusted).fileText());

    const auto ok =
        runProcess({"minisign", "-V", "-p", dir / "unit.pub", "-m", dir / "message.txt"});
    EXPECT_EQ(ok.exitCode, 0) << ok.err;
    EXPECT_NE(ok.out.find("Trusted comment: " + trusted), std::string::npos) << ok.out;

    writeFile(dir.path() / "message.txt", "推荐工作情况报告\nrevision 2\n");
    const auto bad =
        runProcess({"minisign", "-V", "-p", dir / "unit.pub", "-m", dir / "message.txt"});
    EXPECT_NE(bad.exitCode, 0);
}

TEST_F(MinisignInterop, MinisignRejectsOurSignatureUnderAnotherKey) {
    const auto key = MinisignSecretKey::generate();
    writeFile(dir.path() / "other.pub", MinisignSecretKey::generate().publicKey().fileText());
    writeFile(dir.path() / "message.txt.minisig", key.sign(message(), "t").fileText());
    const auto r =
        runProcess({"minisign", "-V", "-p", dir / "other.pub", "-m", dir / "message.txt"});
    EXPECT_NE(r.exitCode, 0);
}

TEST_F(MinisignInterop, WeVerifyMinisignsSignatureAndUseItsUnencryptedKey) {
    const auto gen =
        runProcess({"minisign", "-G", "-W", "-p", dir / "theirs.pub", "-s", dir / "theirs.key"});
    ASSERT_EQ(gen.exitCode, 0) << gen.err;
    const auto sign = runProcess({"minisign", "-S", "-s", dir / "theirs.key", "-m",
                                  dir / "message.txt", "-t", "from minisign"});
    ASSERT_EQ(sign.exitCode, 0) << sign.err;

    const auto pub = MinisignPublicKey::fromText(readFile(dir.path() / "theirs.pub"));
    const auto sig = MinisignSignature::parse(readFile(dir.path() / "message.txt.minisig"));
    EXPECT_EQ(sig.trustedComment, "from minisign");
    EXPECT_NO_THROW(verifyMinisign(pub, message(), sig));
    auto altered = message();
    altered[0] ^= 1;
    EXPECT_THROW(verifyMinisign(pub, altered, sig), CryptoError);

    // Their secret key file, read by us, signs what minisign then verifies.
    const auto key = MinisignSecretKey::fromFile(readFile(dir.path() / "theirs.key"), nullptr);
    EXPECT_EQ(key.publicKey(), pub);
    writeFile(dir.path() / "message.txt.minisig", key.sign(message(), "by baosong").fileText());
    const auto verify =
        runProcess({"minisign", "-V", "-p", dir / "theirs.pub", "-m", dir / "message.txt"});
    EXPECT_EQ(verify.exitCode, 0) << verify.err;
}

TEST_F(MinisignInterop, MinisignSignsWithOurEncryptedKeyFile) {
    const auto key = MinisignSecretKey::generate();
    const auto pass = SecretBuffer::copyOf(std::string_view("exported key passphrase"));
    writeFile(dir.path() / "ours.key",
              key.encryptedFileText(pass, MinisignScryptParams::interactive()));
    test::ProcessOptions stdinPass;
    stdinPass.stdinText = "exported key passphrase\n";
    const auto sign = runProcess({"minisign", "-S", "-s", dir / "ours.key", "-m",
                                  dir / "message.txt", "-t", "signed by minisign with our key"},
                                 stdinPass);
    ASSERT_EQ(sign.exitCode, 0) << sign.err;
    const auto sig = MinisignSignature::parse(readFile(dir.path() / "message.txt.minisig"));
    EXPECT_NO_THROW(verifyMinisign(key.publicKey(), message(), sig));

    stdinPass.stdinText = "wrong passphrase\n";
    const auto refused = runProcess(
        {"minisign", "-S", "-s", dir / "ours.key", "-m", dir / "message.txt", "-x", dir / "x.sig"},
        stdinPass);
    EXPECT_NE(refused.exitCode, 0);
}

TEST_F(MinisignInterop, WeOpenMinisignsEncryptedKeyFile) {
    test::ProcessOptions stdinPass;
    stdinPass.stdinText = "their passphrase\ntheir passphrase\n";
    const auto gen = runProcess(
        {"minisign", "-G", "-p", dir / "theirs.pub", "-s", dir / "theirs.key"}, stdinPass);
    ASSERT_EQ(gen.exitCode, 0) << gen.err;
    const auto pass = SecretBuffer::copyOf(std::string_view("their passphrase"));
    const auto key = MinisignSecretKey::fromFile(readFile(dir.path() / "theirs.key"), &pass);
    EXPECT_EQ(key.publicKey(), MinisignPublicKey::fromText(readFile(dir.path() / "theirs.pub")));
    const auto wrong = SecretBuffer::copyOf(std::string_view("their passphrasE"));
    EXPECT_THROW(MinisignSecretKey::fromFile(readFile(dir.path() / "theirs.key"), &wrong),
                 CryptoError);
}

}  // namespace
}  // namespace baosong::crypto
