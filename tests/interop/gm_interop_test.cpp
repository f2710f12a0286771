// Profile "gm" against two independent implementations, both ways:
// - the openssl command line (Debian 12's OpenSSL 3.0), exactly the commands of
//   docs/spec/bundle-gm.md: pkeyutl -sign/-verify -rawin -digest sm3 with the ID,
//   pkeyutl -encrypt/-decrypt, dgst -sm3 (with -mac HMAC), enc -sm4-cbc;
// - Botan (python3-botan, tests/interop/botan_sm2.py): SM2 signatures and encryption.

#include <gtest/gtest.h>

#include <algorithm>

#include "crypto/crypto_error.h"
#include "crypto/gm_payload.h"
#include "crypto/sha256.h"
#include "crypto/sm2_cipher.h"
#include "crypto/sm2_signature.h"
#include "support/hex.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace baosong::crypto {
namespace {

using test::readFile;
using test::runProcess;
using test::writeFile;

const std::string kId = "distid:1234567812345678";

std::vector<std::uint8_t> bytesOf(const std::string& text) {
    return {text.begin(), text.end()};
}

std::string textOf(std::span<const std::uint8_t> bytes) {
    return {bytes.begin(), bytes.end()};
}

using test::fromHex;

class GmOpensslInterop : public ::testing::Test {
  protected:
    void SetUp() override {
        BAOSONG_REQUIRE_PROGRAM("openssl");
        writeFile(dir / "statement",
                  "baosong/1 profile=gm unit=91150200MA0N8XQ313 campaign=nmg-zuimei-2023\n");
    }
    test::ProcessResult openssl(std::vector<std::string> args) {
        args.insert(args.begin(), "openssl");
        return runProcess(args);
    }
    test::TempDir dir;
};

TEST_F(GmOpensslInterop, OpensslVerifiesOurSignaturesWithTheIdAndOnlyWithIt) {
    const auto key = Sm2SecretKey::generate();
    writeFile(dir / "unit.pub.pem", key.publicKey().pem());
    const auto sig = sm2Sign(key, bytesOf(readFile(dir / "statement")));
    writeFile(dir / "statement.sig", textOf(sig));
    const std::vector<std::string> verify = {"pkeyutl",  "-verify",
                                             "-rawin",   "-digest",
                                             "sm3",      "-pkeyopt",
                                             kId,        "-pubin",
                                             "-inkey",   dir / "unit.pub.pem",
                                             "-in",      dir / "statement",
                                             "-sigfile", dir / "statement.sig"};
    const auto ok = openssl(verify);
    EXPECT_EQ(ok.exitCode, 0) << ok.out << ok.err;
    EXPECT_NE(ok.out.find("Signature Verified Successfully"), std::string::npos) << ok.out;

    // Without the ID OpenSSL uses its own empty default, and the signature fails: this is
    // why every command of the spec passes it.
    auto noId = verify;
    noId.erase(noId.begin() + 5, noId.begin() + 7);
    EXPECT_NE(openssl(noId).exitCode, 0);

    writeFile(dir / "statement", "baosong/1 profile=gm unit=91150200MA0N8XQ314\n");
    EXPECT_NE(openssl(verify).exitCode, 0);
}

TEST_F(GmOpensslInterop, WeVerifyOpensslsSignaturesAndRefuseOnesWithTheDefaultId) {
    ASSERT_EQ(openssl({"genpkey", "-algorithm", "SM2", "-out", dir / "k.pem"}).exitCode, 0);
    ASSERT_EQ(
        openssl({"pkey", "-in", dir / "k.pem", "-pubout", "-out", dir / "k.pub.pem"}).exitCode, 0);
    const auto sign =
        openssl({"pkeyutl", "-sign", "-rawin", "-digest", "sm3", "-pkeyopt", kId, "-inkey",
                 dir / "k.pem", "-in", dir / "statement", "-out", dir / "statement.sig"});
    ASSERT_EQ(sign.exitCode, 0) << sign.err;
    const auto pub = Sm2PublicKey::fromPem(readFile(dir / "k.pub.pem"));
    const auto message = bytesOf(readFile(dir / "statement"));
    EXPECT_NO_THROW(sm2Verify(pub, message, bytesOf(readFile(dir / "statement.sig"))));

    // The secret key openssl made reads as ours and is the same key.
    EXPECT_EQ(Sm2SecretKey::fromPem(readFile(dir / "k.pem")).publicKey(), pub);

    ASSERT_EQ(openssl({"pkeyutl", "-sign", "-rawin", "-digest", "sm3", "-inkey", dir / "k.pem",
                       "-in", dir / "statement", "-out", dir / "default-id.sig"})
                  .exitCode,
              0);
    EXPECT_THROW(sm2Verify(pub, message, bytesOf(readFile(dir / "default-id.sig"))), CryptoError);
}

TEST_F(GmOpensslInterop, FingerprintIsTheSpecsOpensslPipeline) {
    const auto key = Sm2SecretKey::generate();
    writeFile(dir / "key.pub.pem", key.publicKey().pem());
    const auto der = openssl(
        {"pkey", "-pubin", "-in", dir / "key.pub.pem", "-outform", "DER", "-out", dir / "key.der"});
    ASSERT_EQ(der.exitCode, 0) << der.err;
    const auto dgst = openssl({"dgst", "-sm3", "-r", dir / "key.der"});
    ASSERT_EQ(dgst.exitCode, 0) << dgst.err;
    EXPECT_EQ(dgst.out.substr(0, 64), toHex(key.publicKey().fingerprint()));
}

TEST_F(GmOpensslInterop, AnotherCurvesKeyIsRefused) {
    ASSERT_EQ(openssl({"genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out",
                       dir / "p256.pem"})
                  .exitCode,
              0);
    ASSERT_EQ(openssl({"pkey", "-in", dir / "p256.pem", "-pubout", "-out", dir / "p256.pub.pem"})
                  .exitCode,
              0);
    EXPECT_THROW(Sm2PublicKey::fromPem(readFile(dir / "p256.pub.pem")), CryptoError);
    EXPECT_THROW(Sm2SecretKey::fromPem(readFile(dir / "p256.pem")), CryptoError);
}

// One key, one encoding, one fingerprint: the same key with its point compressed is not
// taken (crypto/FORMAT.md).
TEST_F(GmOpensslInterop, ACompressedPointIsRefused) {
    ASSERT_EQ(openssl({"genpkey", "-algorithm", "SM2", "-out", dir / "k.pem"}).exitCode, 0);
    ASSERT_EQ(openssl({"ec", "-in", dir / "k.pem", "-pubout", "-conv_form", "compressed", "-out",
                       dir / "compressed.pem"})
                  .exitCode,
              0);
    ASSERT_EQ(
        openssl({"pkey", "-in", dir / "k.pem", "-pubout", "-out", dir / "k.pub.pem"}).exitCode, 0);
    EXPECT_NO_THROW(Sm2PublicKey::fromPem(readFile(dir / "k.pub.pem")));
    EXPECT_THROW(Sm2PublicKey::fromPem(readFile(dir / "compressed.pem")), CryptoError);
}

TEST_F(GmOpensslInterop, FileKeyCrossesBothWays) {
    const auto office = Sm2SecretKey::generate();
    writeFile(dir / "office.pem", std::string(office.pem().view()));
    writeFile(dir / "office.pub.pem", office.publicKey().pem());
    const auto fileKey = GmFileKey::generate();

    writeFile(dir / "key.sm2", textOf(sm2Encrypt(office.publicKey(), fileKey.bytes())));
    const auto decrypt = openssl({"pkeyutl", "-decrypt", "-inkey", dir / "office.pem", "-in",
                                  dir / "key.sm2", "-out", dir / "filekey"});
    ASSERT_EQ(decrypt.exitCode, 0) << decrypt.err;
    EXPECT_EQ(readFile(dir / "filekey"), textOf(fileKey.bytes()));

    writeFile(dir / "theirs.in", textOf(fileKey.bytes()));
    const auto encrypt = openssl({"pkeyutl", "-encrypt", "-pubin", "-inkey", dir / "office.pub.pem",
                                  "-in", dir / "theirs.in", "-out", dir / "theirs.sm2"});
    ASSERT_EQ(encrypt.exitCode, 0) << encrypt.err;
    const auto back = sm2Decrypt(office, bytesOf(readFile(dir / "theirs.sm2")));
    EXPECT_EQ(textOf(back.bytes()), textOf(fileKey.bytes()));
}

TEST_F(GmOpensslInterop, PayloadDecryptsAndAuthenticatesWithEncAndDgst) {
    const auto key = GmFileKey::generate();
    const Sm4Iv iv{9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 1, 2, 3, 4, 5, 6};
    std::string plain;
    for (int i = 0; i < 5000; ++i) {
        plain += "推荐表 " + std::to_string(i) + "\n";
    }
    MemorySink out;
    GmPayloadWriter writer(key, iv, out);
    writer.write(bytesOf(plain));
    const auto mac = writer.finish();
    writeFile(dir / "payload.sm4", textOf(out.bytes()));
    writeFile(dir / "iv+payload", textOf(iv) + textOf(out.bytes()));

    const auto dgst = openssl({"dgst", "-sm3", "-r", "-mac", "HMAC", "-macopt",
                               "hexkey:" + toHex(key.macKey()), dir / "iv+payload"});
    ASSERT_EQ(dgst.exitCode, 0) << dgst.err;
    EXPECT_EQ(dgst.out.substr(0, 64), toHex(mac));

    const auto enc = openssl({"enc", "-d", "-sm4-cbc", "-K", toHex(key.sm4Key()), "-iv", toHex(iv),
                              "-in", dir / "payload.sm4", "-out", dir / "plain"});
    ASSERT_EQ(enc.exitCode, 0) << enc.err;
    EXPECT_EQ(readFile(dir / "plain"), plain);

    // And openssl's own SM4-CBC, authenticated here, opens through our reader.
    const auto theirs = openssl({"enc", "-e", "-sm4-cbc", "-K", toHex(key.sm4Key()), "-iv",
                                 toHex(iv), "-in", dir / "plain", "-out", dir / "theirs.sm4"});
    ASSERT_EQ(theirs.exitCode, 0) << theirs.err;
    const auto ciphertext = bytesOf(readFile(dir / "theirs.sm4"));
    EXPECT_EQ(textOf(ciphertext), textOf(out.bytes()));  // CBC is deterministic per key and IV
    GmPayloadCheck check(key, iv);
    check.update(ciphertext);
    MemorySource again(ciphertext);
    GmPayloadSource source(check.finish(mac), again);
    std::string read(plain.size() + 100, '\0');
    const std::size_t n =
        readFully(source, std::span(reinterpret_cast<std::uint8_t*>(read.data()), read.size()));
    EXPECT_EQ(read.substr(0, n), plain);
}

// Botan takes keys as numbers: our key's private scalar and public point.
struct Numbers {
    std::string d, x, y;
};

Numbers numbersOf(const Sm2SecretKey& key) {
    const auto der = key.publicKey().der();
    Numbers n;
    n.x = toHex(std::span(der).subspan(27, 32));
    n.y = toHex(std::span(der).subspan(59, 32));
    // PKCS#8 of an EC key: ECPrivateKey{version 1, privateKey OCTET STRING (32)} follows
    // the algorithm identifier (RFC 5915): 02 01 01 04 20 then d.
    const auto stored = key.storage().bytes();
    const std::uint8_t marker[] = {0x02, 0x01, 0x01, 0x04, 0x20};
    const auto at = std::search(stored.begin(), stored.end(), std::begin(marker), std::end(marker));
    if (at != stored.end()) {
        n.d = toHex(std::span(at + 5, 32));
    }
    return n;
}

class GmBotanInterop : public ::testing::Test {
  protected:
    void SetUp() override {
        BAOSONG_REQUIRE_PROGRAM("/usr/bin/python3");
        const auto probe = runProcess({"/usr/bin/python3", "-c", "import botan2"});
        if (probe.exitCode != 0) {
            const char* ci = std::getenv("CI");
            if (ci != nullptr && std::string(ci) == "true") {
                GTEST_FAIL() << "python3-botan is not installed (deploy/install-deps)";
            }
            GTEST_SKIP() << "python3-botan is not installed (deploy/install-deps installs it)";
        }
        writeFile(dir / "manifest",
                  "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b  "
                  "data/推荐表/张三.pdf\n");
    }
    test::ProcessResult botan(std::vector<std::string> args) {
        args.insert(args.begin(),
                    {"/usr/bin/python3", BAOSONG_SOURCE_DIR "/tests/interop/botan_sm2.py"});
        return runProcess(args);
    }
    test::TempDir dir;
};

TEST_F(GmBotanInterop, BotanVerifiesOurSignaturesAndWeVerifyBotans) {
    const auto key = Sm2SecretKey::generate();
    const Numbers n = numbersOf(key);
    ASSERT_EQ(n.d.size(), 64u);
    const auto message = bytesOf(readFile(dir / "manifest"));
    writeFile(dir / "ours.sig", textOf(sm2Sign(key, message)));
    const auto verify = botan({"verify", n.x, n.y, dir / "manifest", dir / "ours.sig"});
    EXPECT_EQ(verify.exitCode, 0) << verify.err;
    writeFile(dir / "other", "altered\n");
    EXPECT_EQ(botan({"verify", n.x, n.y, dir / "other", dir / "ours.sig"}).exitCode, 1);

    // Botan signs with our key's scalar; and with a key of its own, whose point we wrap
    // in the SubjectPublicKeyInfo header our keys share.
    const auto sign = botan({"sign", n.d, dir / "manifest", dir / "botan.sig"});
    ASSERT_EQ(sign.exitCode, 0) << sign.err;
    EXPECT_NO_THROW(sm2Verify(key.publicKey(), message, bytesOf(readFile(dir / "botan.sig"))));

    const auto keygen = botan({"keygen"});
    ASSERT_EQ(keygen.exitCode, 0) << keygen.err;
    ASSERT_EQ(keygen.out.size(), 3u * 65u) << keygen.out;
    const std::string d = keygen.out.substr(0, 64), x = keygen.out.substr(65, 64),
                      y = keygen.out.substr(130, 64);
    ASSERT_EQ(botan({"sign", d, dir / "manifest", dir / "theirs.sig"}).exitCode, 0);
    std::vector<std::uint8_t> spki(key.publicKey().der().begin(),
                                   key.publicKey().der().begin() + 27);
    for (const auto& half : {x, y}) {
        const auto b = fromHex(half);
        spki.insert(spki.end(), b.begin(), b.end());
    }
    const auto theirs = Sm2PublicKey::fromDer(spki);
    EXPECT_NO_THROW(sm2Verify(theirs, message, bytesOf(readFile(dir / "theirs.sig"))));
    EXPECT_THROW(sm2Verify(key.publicKey(), message, bytesOf(readFile(dir / "theirs.sig"))),
                 CryptoError);
}

TEST_F(GmBotanInterop, FileKeyCrossesBothWays) {
    const auto office = Sm2SecretKey::generate();
    const Numbers n = numbersOf(office);
    const auto fileKey = GmFileKey::generate();
    writeFile(dir / "filekey", textOf(fileKey.bytes()));

    writeFile(dir / "ours.sm2", textOf(sm2Encrypt(office.publicKey(), fileKey.bytes())));
    const auto decrypt = botan({"decrypt", n.d, dir / "ours.sm2", dir / "by-botan"});
    ASSERT_EQ(decrypt.exitCode, 0) << decrypt.err;
    EXPECT_EQ(readFile(dir / "by-botan"), textOf(fileKey.bytes()));

    const auto encrypt = botan({"encrypt", n.x, n.y, dir / "filekey", dir / "botan.sm2"});
    ASSERT_EQ(encrypt.exitCode, 0) << encrypt.err;
    const auto back = sm2Decrypt(office, bytesOf(readFile(dir / "botan.sm2")));
    EXPECT_EQ(textOf(back.bytes()), textOf(fileKey.bytes()));
}

}  // namespace
}  // namespace baosong::crypto
