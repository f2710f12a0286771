// Our age code against the real age and age-keygen binaries (Debian's age 1.1.1), both
// ways: keys, X25519 files binary and armored with several recipients, a few megabytes,
// and passphrase files, for which age needs a terminal: `script` (util-linux, in Debian's
// essential bsdutils package) gives it one.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "crypto/age_reader.h"
#include "crypto/age_writer.h"
#include "crypto/age_x25519.h"
#include "crypto/crypto_error.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace baosong::crypto::age {
namespace {

using test::readFile;
using test::runProcess;
using test::writeFile;

std::string pattern(std::size_t size) {
    std::string text(size, '\0');
    for (std::size_t i = 0; i < size; ++i) {
        text[i] = static_cast<char>((i * 7919 + i / 4099) & 0xff);
    }
    return text;
}

std::span<const std::uint8_t> bytesOf(std::string_view text) {
    return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

std::string ourEncryption(const std::string& plaintext,
                          const std::vector<X25519Recipient>& recipients, bool armored) {
    MemorySink sink;
    AgeWriter writer(recipients, sink, armored);
    writer.write(bytesOf(plaintext));
    writer.finish();
    return {sink.bytes().begin(), sink.bytes().end()};
}

std::string readAll(AgeReader& reader) {
    std::string out;
    std::vector<std::uint8_t> buffer(64 * 1024);
    while (const std::size_t n = reader.read(buffer)) {
        out.append(reinterpret_cast<const char*>(buffer.data()), n);
    }
    return out;
}

std::string ourDecryption(const std::string& file, const X25519Identity& identity) {
    MemorySource source(bytesOf(file));
    AgeReader reader(source, {&identity});
    return readAll(reader);
}

// The identity line of an age-keygen file (after its "# created" and "# public key" lines).
std::string identityLine(const std::string& keyFile) {
    const auto at = keyFile.find("AGE-SECRET-KEY-1");
    return keyFile.substr(at, keyFile.find('\n', at) - at);
}

class AgeInterop : public ::testing::Test {
  protected:
    void SetUp() override {
        BAOSONG_REQUIRE_PROGRAM("age");
        BAOSONG_REQUIRE_PROGRAM("age-keygen");
    }
    // An identity made by age-keygen, in dir/name.
    X25519Identity theirIdentity(const std::string& name) {
        const auto gen = runProcess({"age-keygen", "-o", dir / name});
        EXPECT_EQ(gen.exitCode, 0) << gen.err;
        return X25519Identity::parse(identityLine(readFile(dir.path() / name)));
    }
    test::TempDir dir;
};

TEST_F(AgeInterop, WeReadAgeKeygenKeys) {
    const auto identity = theirIdentity("key.txt");
    const std::string keyFile = readFile(dir.path() / "key.txt");
    const auto publicLine = keyFile.find("# public key: ");
    ASSERT_NE(publicLine, std::string::npos);
    const std::string recipient =
        keyFile.substr(publicLine + 14, keyFile.find('\n', publicLine) - publicLine - 14);
    EXPECT_EQ(identity.recipient().text(), recipient);
    EXPECT_EQ(X25519Recipient::parse(recipient), identity.recipient());
    EXPECT_EQ(identity.text().view(), identityLine(keyFile));

    // And age-keygen derives the same recipient from an identity we made.
    const auto ours = X25519Identity::generate();
    writeFile(dir.path() / "ours.txt", std::string(ours.text().view()) + "\n");
    const auto derived = runProcess({"age-keygen", "-y", dir / "ours.txt"});
    ASSERT_EQ(derived.exitCode, 0) << derived.err;
    EXPECT_EQ(derived.out, ours.recipient().text() + "\n");
}

TEST_F(AgeInterop, AgeEncryptsToOurRecipientWeDecrypt) {
    const auto ours = X25519Identity::generate();
    const std::string plaintext = "推荐工作情况报告\nrevision 1\n";
    writeFile(dir.path() / "plain.txt", plaintext);
    for (const bool armored : {false, true}) {
        std::vector<std::string> command = {"age", "-r", ours.recipient().text(), "-r",
                                            X25519Identity::generate().recipient().text()};
        if (armored) {
            command.push_back("-a");
        }
        command.insert(command.end(), {"-o", dir / "theirs.age", dir / "plain.txt"});
        const auto encrypt = runProcess(command);
        ASSERT_EQ(encrypt.exitCode, 0) << encrypt.err;
        EXPECT_EQ(ourDecryption(readFile(dir.path() / "theirs.age"), ours), plaintext);
    }
}

TEST_F(AgeInterop, AgeDecryptsWhatWeEncrypt) {
    const auto theirs = theirIdentity("their-key.txt");
    const auto ours = X25519Identity::generate();
    writeFile(dir.path() / "our-key.txt", std::string(ours.text().view()) + "\n");
    const std::string plaintext = pattern(100'000);
    const std::vector<X25519Recipient> recipients = {X25519Identity::generate().recipient(),
                                                     theirs.recipient(), ours.recipient()};
    for (const bool armored : {false, true}) {
        writeFile(dir.path() / "ours.age", ourEncryption(plaintext, recipients, armored));
        for (const std::string key : {"their-key.txt", "our-key.txt"}) {
            const auto decrypt =
                runProcess({"age", "-d", "-i", dir / key, "-o", dir / "out.bin", dir / "ours.age"});
            ASSERT_EQ(decrypt.exitCode, 0) << decrypt.err;
            EXPECT_EQ(readFile(dir.path() / "out.bin"), plaintext) << key << armored;
        }
    }
    // A key that is not among the recipients: age refuses too.
    theirIdentity("stranger.txt");
    const auto refused =
        runProcess({"age", "-d", "-i", dir / "stranger.txt", "-o", dir / "x", dir / "ours.age"});
    EXPECT_NE(refused.exitCode, 0);
}

TEST_F(AgeInterop, LargeFilesBothWays) {
    const std::string plaintext = pattern(5 * 1024 * 1024 + 3);
    writeFile(dir.path() / "plain.bin", plaintext);
    const auto theirs = theirIdentity("key.txt");
    const auto ours = X25519Identity::generate();

    writeFile(dir.path() / "ours.age", ourEncryption(plaintext, {theirs.recipient()}, false));
    const auto decrypt =
        runProcess({"age", "-d", "-i", dir / "key.txt", "-o", dir / "out.bin", dir / "ours.age"});
    ASSERT_EQ(decrypt.exitCode, 0) << decrypt.err;
    EXPECT_TRUE(readFile(dir.path() / "out.bin") == plaintext);

    const auto encrypt = runProcess(
        {"age", "-a", "-r", ours.recipient().text(), "-o", dir / "theirs.age", dir / "plain.bin"});
    ASSERT_EQ(encrypt.exitCode, 0) << encrypt.err;
    EXPECT_TRUE(ourDecryption(readFile(dir.path() / "theirs.age"), ours) == plaintext);
}

// age reads passphrases from the terminal only; `script` runs it on a pseudo-terminal and
// passes our standard input to it.
class AgePassphraseInterop : public AgeInterop {
  protected:
    void SetUp() override {
        AgeInterop::SetUp();
        BAOSONG_REQUIRE_PROGRAM("script");
    }
    test::ProcessResult onTerminal(const std::string& command, const std::string& input) {
        test::ProcessOptions options;
        options.stdinText = input;
        return runProcess({"script", "-qec", command, "/dev/null"}, options);
    }
    const std::string passphrase = "申报 passphrase 2023";
};

TEST_F(AgePassphraseInterop, AgeDecryptsOurPassphraseFile) {
    const std::string plaintext = pattern(70'000);
    for (const bool armored : {false, true}) {
        MemorySink sink;
        auto writer = AgeWriter::forPassphrase(passphrase, 15, sink, armored);
        writer.write(bytesOf(plaintext));
        writer.finish();
        writeFile(dir.path() / "ours.age", std::string(sink.bytes().begin(), sink.bytes().end()));
        std::filesystem::remove(dir.path() / "out.bin");
        const auto decrypt =
            onTerminal("age -d -o '" + (dir / "out.bin") + "' '" + (dir / "ours.age") + "'",
                       passphrase + "\n");
        ASSERT_EQ(decrypt.exitCode, 0) << decrypt.out << decrypt.err;
        EXPECT_TRUE(readFile(dir.path() / "out.bin") == plaintext) << armored;
    }
}

TEST_F(AgePassphraseInterop, WeDecryptAgesPassphraseFile) {
    const std::string plaintext = "附件：推荐表.pdf\n";
    writeFile(dir.path() / "plain.txt", plaintext);
    const auto encrypt =
        onTerminal("age -p -o '" + (dir / "theirs.age") + "' '" + (dir / "plain.txt") + "'",
                   passphrase + "\n" + passphrase + "\n");
    ASSERT_EQ(encrypt.exitCode, 0) << encrypt.out << encrypt.err;
    const std::string file = readFile(dir.path() / "theirs.age");
    ASSERT_NE(file.find("\n-> scrypt "), std::string::npos) << file;
    MemorySource source(bytesOf(file));
    AgeReader reader(source, passphrase);
    EXPECT_EQ(readAll(reader), plaintext);

    MemorySource again(bytesOf(file));
    try {
        AgeReader wrong(again, "another passphrase");
        FAIL() << "a wrong passphrase opened the file";
    } catch (const CryptoError& e) {
        EXPECT_EQ(e.code(), "age_no_match");
    }
}

}  // namespace
}  // namespace baosong::crypto::age
