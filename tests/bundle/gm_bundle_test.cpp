// Profile "gm" at the bag level (bundle-gm.md): a bundle sealed with SM2, SM3 and SM4,
// checked by the README's openssl commands run as they are written, opened back, and
// every tamper case of the outer archive refused without a byte decrypted before the MAC.

#include <gtest/gtest.h>

#include <archive.h>
#include <archive_entry.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "base/app_error.h"
#include "bundle/bundle_label.h"
#include "bundle/gm_bundle_reader.h"
#include "bundle/gm_bundle_writer.h"
#include "bundle/gm_envelope.h"
#include "bundle/tar_writer.h"
#include "crypto/gm_payload.h"
#include "crypto/sm2_cipher.h"
#include "crypto/sm2_signature.h"
#include "crypto/sm3.h"
#include "support/error_code.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace baosong::test {
namespace {

namespace fs = std::filesystem;
using namespace app::bundle;

std::string codeOf(const std::function<void()>& f) {
    return errorCodeOf<app::AppError>(f);
}

// The commands between the README's two rules (gmBundleReadme).
std::string readmeCommands(const std::string& readme) {
    const std::size_t begin = readme.find("-----\n");
    const std::size_t end = readme.rfind("-----\n");
    return begin == end ? std::string() : readme.substr(begin + 6, end - begin - 6);
}

std::string textOf(std::span<const std::uint8_t> bytes) {
    return {bytes.begin(), bytes.end()};
}

std::string sm3Hex(const std::string& bytes) {
    return crypto::toHex(crypto::Sm3::of(bytes));
}

// The members of an outer tar, in order (libarchive, as any tar reader would see them).
std::vector<std::pair<std::string, std::string>> membersOf(const std::string& bsx) {
    std::vector<std::pair<std::string, std::string>> members;
    struct archive* a = archive_read_new();
    archive_read_support_format_tar(a);
    EXPECT_EQ(archive_read_open_memory(a, bsx.data(), bsx.size()), ARCHIVE_OK);
    struct archive_entry* entry = nullptr;
    while (archive_read_next_header(a, &entry) == ARCHIVE_OK) {
        std::string data(static_cast<std::size_t>(archive_entry_size(entry)), '\0');
        archive_read_data(a, data.data(), data.size());
        members.emplace_back(archive_entry_pathname(entry), data);
    }
    archive_read_free(a);
    return members;
}

// An outer tar written from members as given (any order, any names).
std::string outerOf(const std::vector<std::pair<std::string, std::string>>& members) {
    crypto::MemorySink sink;
    TarWriter tar(sink, 1684569600);
    for (const auto& [name, data] : members) {
        tar.addFile(name, data);
    }
    tar.finish();
    return textOf(sink.bytes());
}

// The same members in a tar dialect libarchive's writer names ("gnutar", "pax", "v7tar",
// "ustar"), as another tool could write them.
std::string outerInFormat(const std::vector<std::pair<std::string, std::string>>& members,
                          const std::string& format) {
    std::string bytes(1 << 20, '\0');
    std::size_t used = 0;
    struct archive* a = archive_write_new();
    EXPECT_EQ(archive_write_set_format_by_name(a, format.c_str()), ARCHIVE_OK);
    EXPECT_EQ(archive_write_open_memory(a, bytes.data(), bytes.size(), &used), ARCHIVE_OK);
    for (const auto& [name, data] : members) {
        struct archive_entry* entry = archive_entry_new();
        archive_entry_set_pathname(entry, name.c_str());
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, 0644);
        archive_entry_set_size(entry, static_cast<la_int64_t>(data.size()));
        if (format == "pax") {
            archive_entry_set_mtime(entry, 1684569600, 5);  // a fraction: pax must say it
        }
        EXPECT_EQ(archive_write_header(a, entry), ARCHIVE_OK);
        EXPECT_EQ(archive_write_data(a, data.data(), data.size()),
                  static_cast<la_ssize_t>(data.size()));
        archive_entry_free(entry);
    }
    EXPECT_EQ(archive_write_close(a), ARCHIVE_OK);
    archive_write_free(a);
    bytes.resize(used);
    return bytes;
}

class GmBundle : public ::testing::Test {
  protected:
    GmBundle() {
        files = {{"data/review.json", "{\"flags\":[]}"},
                 {"data/submission.json", "{\"format\":\"baosong.submission/1\"}"},
                 {"data/推荐表/张卫东.pdf", std::string(150000, 'p')},
                 {"data/照片/张卫东 1.jpg", std::string(70001, 'x')}};
    }

    GmSealInput input() const {
        GmSealInput in{{}, office.publicKey()};
        in.label = {"U1", "c1", 1, "2023-05-20T08:00:00Z",
                    crypto::toHex(office.publicKey().fingerprint())};
        in.info = {"单位", "U1", "", 0, 0, "c1", 1, "none"};
        for (const auto& [path, content] : files) {
            in.payload.push_back(
                {path, content.size(), sm3Hex(content), [&content = content](crypto::ByteSink& s) {
                     s.write(crypto::bytesOfText(content));
                 }});
        }
        in.manifest = payloadManifest(in.payload);
        in.reviewerSignature = textOf(crypto::sm2Sign(reviewer, crypto::bytesOfText(in.manifest)));
        return in;
    }

    // Seals into dir: X.bsx, X.bsx.statement, X.bsx.sig, X.README.txt.
    GmSealedBundle seal() {
        crypto::MemorySink sink;
        const GmSealInput in = input();
        GmSealedBundle sealed = writeGmBundle(in, unitKey, sink);
        writeFile(dir / "U1-c1-r1.bsx", textOf(sink.bytes()));
        writeFile(dir / "U1-c1-r1.bsx.statement", sealed.statement);
        writeFile(dir / "U1-c1-r1.bsx.sig", textOf(sealed.signature));
        writeFile(dir / "U1-c1-r1.README.txt",
                  gmBundleReadme(in.label, unitKey.publicKey(), reviewer.publicKey()));
        return sealed;
    }

    UnpackedBag open(const std::string& bsx, const std::string& sm3, const std::string& into) {
        writeFile(dir / "in.bsx", bsx);
        GmBundleOpener opener(dir / "in.bsx", office, sm3);
        fs::create_directories(into);
        return opener.unpack("U1-c1-r1", into,
                             gmBagCheck(unitKey.publicKey(), reviewer.publicKey()), {});
    }

    TempDir dir;
    std::map<std::string, std::string> files;
    crypto::Sm2SecretKey unitKey = crypto::Sm2SecretKey::generate();
    crypto::Sm2SecretKey reviewer = crypto::Sm2SecretKey::generate();
    crypto::Sm2SecretKey office = crypto::Sm2SecretKey::generate();
};

TEST_F(GmBundle, TheStatementNamesTheArchiveAndIsSignedByTheUnit) {
    const GmSealedBundle sealed = seal();
    const std::string bsx = readFile(dir / "U1-c1-r1.bsx");
    EXPECT_EQ(sealed.sm3, sm3Hex(bsx));
    EXPECT_EQ(sealed.size, bsx.size());
    const GmStatement statement = parseGmStatement(sealed.statement);
    EXPECT_EQ(statement.sm3, sealed.sm3);
    EXPECT_EQ(statement.label.recipient, crypto::toHex(office.publicKey().fingerprint()));
    EXPECT_EQ(statement.label.stem(), "U1-c1-r1");
    EXPECT_NO_THROW(crypto::sm2Verify(unitKey.publicKey(), crypto::bytesOfText(sealed.statement),
                                      sealed.signature));
    const auto members = membersOf(bsx);
    ASSERT_EQ(members.size(), 5u);
    for (std::size_t i = 0; i < 5; ++i) {
        EXPECT_EQ(members[i].first, kGmMembers[i]);
    }
    EXPECT_EQ(members[0].second, gmMarkerText(statement.label.recipient));
    EXPECT_EQ(members[2].second.size(), 16u);
    EXPECT_EQ(members[3].second.size() % 16, 0u);
    EXPECT_EQ(members[4].second.size(), 32u);
}

TEST_F(GmBundle, StatementIsReadStrictly) {
    const std::string good = seal().statement;
    EXPECT_EQ(parseGmStatement(good).label.revision, 1);
    const auto refused = [](const std::string& text) {
        return codeOf([&] { parseGmStatement(text); });
    };
    EXPECT_EQ(refused(good.substr(0, good.size() - 1)), "statement_invalid");  // no line feed
    EXPECT_EQ(refused(good + "\n"), "statement_invalid");
    std::string intl = good;
    intl.replace(intl.find("profile=gm"), 10, "profile=xx");
    EXPECT_EQ(refused(intl), "statement_invalid");
    std::string upper = good;
    upper.replace(upper.find(" sm3=") + 5, 1, "A");
    EXPECT_EQ(refused(upper), "statement_invalid");
    std::string zero = good;
    zero.replace(zero.find("revision=1"), 10, "revision=01");
    EXPECT_EQ(refused(zero), "statement_invalid");
    EXPECT_EQ(refused("baosong/1 unit=U1 campaign=c1 revision=1 sealed=x recipient=y\n"),
              "statement_invalid");
}

TEST_F(GmBundle, TheReadmesOpensslCommandsCheckEverythingAsWritten) {
    BAOSONG_REQUIRE_PROGRAM("openssl");
    seal();
    writeFile(dir / "office.pem", std::string(office.pem().view()));
    const std::string commands = readmeCommands(readFile(dir / "U1-c1-r1.README.txt"));
    ASSERT_FALSE(commands.empty());
    EXPECT_EQ(commands, gmBundleCheckCommands(input().label, unitKey.publicKey().pem(),
                                              reviewer.publicKey().pem()));

    ProcessOptions options;
    options.workingDirectory = dir.path().string();
    const auto run = runProcess({"bash", "-c", commands}, options);
    ASSERT_EQ(run.exitCode, 0) << run.out << run.err;
    EXPECT_NE(run.out.find("unit key " + crypto::toHex(unitKey.publicKey().fingerprint())),
              std::string::npos)
        << run.out;
    EXPECT_NE(run.out.find("reviewer key " + crypto::toHex(reviewer.publicKey().fingerprint())),
              std::string::npos);
    EXPECT_EQ(run.out.substr(run.out.size() - 3), "OK\n");
    EXPECT_EQ(readFile(dir / "U1-c1-r1/data/照片/张卫东 1.jpg"), files["data/照片/张卫东 1.jpg"]);
    EXPECT_NE(run.out.find("Signature Verified Successfully"), std::string::npos);
}

TEST_F(GmBundle, TheReadmesCommandsStopAtAChangedByte) {
    BAOSONG_REQUIRE_PROGRAM("openssl");
    seal();
    writeFile(dir / "office.pem", std::string(office.pem().view()));
    const std::string commands = readmeCommands(readFile(dir / "U1-c1-r1.README.txt"));
    ASSERT_FALSE(commands.empty());
    ProcessOptions options;
    options.workingDirectory = dir.path().string();
    for (const std::string file : {"U1-c1-r1.bsx", "U1-c1-r1.bsx.statement", "U1-c1-r1.bsx.sig"}) {
        const std::string original = readFile(dir / file);
        std::string flipped = original;
        flipped[flipped.size() / 2] ^= 0x01;
        writeFile(dir / file, flipped);
        fs::remove_all(dir / "U1-c1-r1.bsx.d");
        fs::remove_all(dir / "U1-c1-r1");
        const auto run = runProcess({"bash", "-c", commands}, options);
        EXPECT_NE(run.exitCode, 0) << file << run.out;
        EXPECT_FALSE(fs::exists(dir / "U1-c1-r1")) << file << ": decrypted before the check";
        writeFile(dir / file, original);
    }
}

TEST_F(GmBundle, OpensWhatWasSealed) {
    const GmSealedBundle sealed = seal();
    const auto bag = open(readFile(dir / "U1-c1-r1.bsx"), sealed.sm3, dir / "out");
    EXPECT_EQ(bag.files.size(), 4u);
    EXPECT_EQ(bag.files.at("data/推荐表/张卫东.pdf"), sm3Hex(files["data/推荐表/张卫东.pdf"]));
    EXPECT_EQ(bag.submissionJson, files["data/submission.json"]);
    EXPECT_EQ(readFile(dir / "out/data/推荐表/张卫东.pdf"), files["data/推荐表/张卫东.pdf"]);
    EXPECT_EQ(bag.manifest, input().manifest);
}

TEST_F(GmBundle, ABytesChangedAnywhereInTheArchiveIsRefusedAsAltered) {
    const GmSealedBundle sealed = seal();
    const std::string bsx = readFile(dir / "U1-c1-r1.bsx");
    // A byte in every member's data and in the tar headers, the end of the archive, cut
    // and appended bytes.
    std::vector<std::size_t> places{
        0, 100, 148, 512, 1024, 1536, 2048, bsx.size() / 2, bsx.size() - 1};
    const auto members = membersOf(bsx);
    for (const auto& [name, data] : members) {
        const std::size_t at = bsx.find(data.substr(0, std::min<std::size_t>(data.size(), 16)));
        ASSERT_NE(at, std::string::npos) << name;
        places.push_back(at + data.size() - 1);
    }
    int n = 0;
    for (const std::size_t at : places) {
        std::string flipped = bsx;
        flipped[at] ^= 0x01;
        EXPECT_EQ(codeOf([&] { open(flipped, sealed.sm3, dir / ("f" + std::to_string(n++))); }),
                  "bundle_altered")
            << at;
    }
    EXPECT_EQ(codeOf([&] { open(bsx.substr(0, bsx.size() - 10240), sealed.sm3, dir / "cut"); }),
              "bundle_altered");
    EXPECT_EQ(codeOf([&] { open(bsx + std::string(512, '\0'), sealed.sm3, dir / "longer"); }),
              "bundle_altered");
}

// What an attacker holding the unit key could sign: an archive that hashes to its own
// statement but lies in its structure. Each is refused for what it is, and none decrypts.
TEST_F(GmBundle, AnArchiveSignedAsItIsButMalformedIsRefused) {
    seal();
    const auto members = membersOf(readFile(dir / "U1-c1-r1.bsx"));
    const auto refused = [&](const std::vector<std::pair<std::string, std::string>>& outer,
                             const std::string& where) {
        const std::string bsx = outerOf(outer);
        return codeOf([&] { open(bsx, sm3Hex(bsx), dir / where); });
    };
    auto reordered = members;
    std::swap(reordered[1], reordered[2]);
    EXPECT_EQ(refused(reordered, "r"), "bundle_profile_invalid");
    auto duplicated = members;
    duplicated.insert(duplicated.begin() + 4, members[3]);
    EXPECT_EQ(refused(duplicated, "d"), "bundle_profile_invalid");
    auto extra = members;
    extra.emplace_back("README", "x");
    EXPECT_EQ(refused(extra, "e"), "bundle_profile_invalid");
    auto missing = members;
    missing.pop_back();
    EXPECT_EQ(refused(missing, "m"), "bundle_profile_invalid");
    auto ivFlip = members;
    ivFlip[2].second[0] ^= 0x01;
    EXPECT_EQ(refused(ivFlip, "i"), "decrypt_failed");
    auto macFlip = members;
    macFlip[4].second[31] ^= 0x01;
    EXPECT_EQ(refused(macFlip, "c"), "decrypt_failed");
    auto payloadFlip = members;
    payloadFlip[3].second[100] ^= 0x01;
    EXPECT_EQ(refused(payloadFlip, "p"), "decrypt_failed");
    auto shortIv = members;
    shortIv[2].second.pop_back();
    EXPECT_EQ(refused(shortIv, "s"), "bundle_profile_invalid");

    // key.sm2 made for another office, the marker still naming this one.
    const auto other = crypto::Sm2SecretKey::generate();
    auto otherKey = members;
    otherKey[1].second =
        textOf(crypto::sm2Encrypt(other.publicKey(), crypto::GmFileKey::generate().bytes()));
    EXPECT_EQ(refused(otherKey, "k"), "decrypt_failed");
    // The marker naming another office.
    auto otherMarker = members;
    otherMarker[0].second = gmMarkerText(crypto::toHex(other.publicKey().fingerprint()));
    EXPECT_EQ(refused(otherMarker, "o"), "recipient_other_office");
    auto badMarker = members;
    badMarker[0].second = "baosong-gm/2\n";
    EXPECT_EQ(refused(badMarker, "b"), "bundle_profile_invalid");
    // Every refusal came from the first pass: the opener never got to unpack.
    for (const char* where : {"r", "d", "e", "m", "i", "c", "p", "s", "k", "o", "b"}) {
        EXPECT_FALSE(fs::exists(dir / where)) << where << ": the second pass ran";
    }
}

// One header block of a tar, written by hand so that each field can be what a test needs.
struct RawHeader {
    std::string name;
    std::uint64_t size = 0;
    char type = '0';
    std::string magicAndVersion = std::string(
        "ustar\0"
        "00",
        8);
    bool base256Size = false;

    std::string block() const {
        std::string b(512, '\0');
        b.replace(0, name.size(), name);
        const auto octal = [&b](std::size_t at, std::size_t digits, std::uint64_t value) {
            for (std::size_t i = digits; i-- > 0; value >>= 3) {
                b[at + i] = static_cast<char>('0' + (value & 7));
            }
        };
        octal(100, 7, 0644);
        octal(108, 7, 0);
        octal(116, 7, 0);
        if (base256Size) {
            b[124] = static_cast<char>(0x80);
            for (std::size_t i = 0; i < 8; ++i) {
                b[135 - i] = static_cast<char>((size >> (8 * i)) & 0xff);
            }
        } else {
            octal(124, 11, size);
        }
        octal(136, 11, 1684569600);
        b[156] = type;
        b.replace(257, 8, magicAndVersion);
        b.replace(148, 8, "        ");
        unsigned sum = 0;
        for (const char c : b) {
            sum += static_cast<unsigned char>(c);
        }
        octal(148, 6, sum);
        b[154] = '\0';
        return b;
    }
};

std::string padded(std::string data) {
    data.resize((data.size() + 511) / 512 * 512, '\0');
    return data;
}

// The envelope written by hand: each member under its header, given by changeHeader (the
// member's index and the header to change), before[i] inserted before member i and after
// appended after the last, then the end-of-archive blocks.
std::string handWritten(const std::vector<std::pair<std::string, std::string>>& members,
                        const std::function<void(std::size_t, RawHeader&)>& changeHeader = {},
                        std::map<std::size_t, std::string> before = {}, std::string after = {}) {
    std::string bsx;
    for (std::size_t i = 0; i < members.size(); ++i) {
        RawHeader header{members[i].first, members[i].second.size()};
        if (changeHeader) {
            changeHeader(i, header);
        }
        bsx += before[i] + header.block() + padded(members[i].second);
    }
    return bsx + after + std::string(1024, '\0');
}

// bundle-gm.md: the envelope is plain POSIX ustar, one encoding. Another tool's tar of the
// same members in order, or a ustar archive carrying any extension, is refused in the first
// pass; ustar as another writer makes it opens.
TEST_F(GmBundle, TheEnvelopeIsPlainUstarAndNothingElse) {
    seal();
    const auto members = membersOf(readFile(dir / "U1-c1-r1.bsx"));
    const auto refusal = [&](const std::string& bsx, const std::string& where) {
        try {
            open(bsx, sm3Hex(bsx), dir / where);
        } catch (const app::AppError& e) {
            EXPECT_FALSE(fs::exists(dir / where)) << where << ": the second pass ran";
            return e.code() + ": " + e.what();
        }
        return std::string("opened");
    };
    const std::string notUstar =
        "bundle_profile_invalid: 报送包的加密形式不符合规定：国密报送包不是纯 POSIX ustar 格式";
    for (const std::string format : {"gnutar", "pax", "v7tar"}) {
        EXPECT_EQ(refusal(outerInFormat(members, format), format).rfind(notUstar, 0), 0u)
            << format << ": " << refusal(outerInFormat(members, format), format + "2");
    }
    // By hand: GNU tar's magic on one header; a GNU long name before a ustar header, which
    // gives the member its name; a pax global header after the last member; a size in GNU
    // base-256.
    const std::vector<std::pair<std::string, std::string>> variants = {
        {"gnu-magic", handWritten(members,
                                  [](std::size_t i, RawHeader& h) {
                                      if (i == 2) {
                                          h.magicAndVersion = std::string("ustar  \0", 8);
                                      }
                                  })},
        {"long-name", handWritten(members,
                                  [](std::size_t i, RawHeader& h) {
                                      if (i == 2) {
                                          h.name = "x";
                                      }
                                  },
                                  {{2, RawHeader{"././@LongLink", 3, 'L'}.block() +
                                           padded(std::string("iv\0", 3))}})},
        {"global",
         handWritten(members, {}, {},
                     RawHeader{"pax_global_header", 12, 'g'}.block() + padded("12 comment=\n"))},
        {"base-256",
         handWritten(members, [](std::size_t i, RawHeader& h) { h.base256Size = i == 1; })},
    };
    for (const auto& [where, bsx] : variants) {
        EXPECT_EQ(refusal(bsx, where).rfind(notUstar, 0), 0u)
            << where << ": " << refusal(bsx, where + "2");
    }
    // Plain ustar, written by hand or by libarchive's ustar writer, opens.
    const std::string byHand = handWritten(members);
    EXPECT_EQ(open(byHand, sm3Hex(byHand), dir / "h").files.size(), files.size());
    const std::string ustar = outerInFormat(members, "ustar");
    EXPECT_EQ(open(ustar, sm3Hex(ustar), dir / "u").files.size(), files.size());
}

// A seal dated from 2038 on is still plain ustar (libarchive's pax writer would add an
// extended header for its time) and opens.
TEST_F(GmBundle, ASealDatedAfter2038IsPlainUstarAndOpens) {
    crypto::MemorySink sink;
    GmSealInput in = input();
    in.label.sealed = "2040-02-29T08:00:00Z";
    const GmSealedBundle sealed = writeGmBundle(in, unitKey, sink);
    const std::string bsx = textOf(sink.bytes());
    EXPECT_EQ(bsx.find("PaxHeader"), std::string::npos);
    EXPECT_EQ(open(bsx, sealed.sm3, dir / "later").files.size(), files.size());
}

TEST_F(GmBundle, AnotherUnitsOrReviewersKeyFailsTheInnerSignatures) {
    const GmSealedBundle sealed = seal();
    const auto stranger = crypto::Sm2SecretKey::generate();
    for (const auto& [check, code] :
         {std::pair{gmBagCheck(stranger.publicKey(), reviewer.publicKey()),
                    "unit_signature_invalid"},
          std::pair{gmBagCheck(unitKey.publicKey(), stranger.publicKey()),
                    "reviewer_signature_invalid"}}) {
        GmBundleOpener opener(dir / "U1-c1-r1.bsx", office, sealed.sm3);
        fs::create_directories(dir / code);
        EXPECT_EQ(codeOf([&] { opener.unpack("U1-c1-r1", dir / code, check, {}); }), code);
    }
}

TEST_F(GmBundle, AFileRenamedOverThePathBetweenThePassesIsNeverRead) {
    const GmSealedBundle sealed = seal();
    GmBundleOpener opener(dir / "U1-c1-r1.bsx", office, sealed.sm3);
    files["data/推荐表/张卫东.pdf"] = std::string(150000, 'q');
    crypto::MemorySink sink;
    writeGmBundle(input(), unitKey, sink);
    writeFile(dir / "other.bsx", textOf(sink.bytes()));
    fs::rename(dir / "other.bsx", dir / "U1-c1-r1.bsx");
    fs::create_directories(dir / "swap");
    const auto bag = opener.unpack("U1-c1-r1", dir / "swap",
                                   gmBagCheck(unitKey.publicKey(), reviewer.publicKey()), {});
    EXPECT_EQ(readFile(dir / "swap/data/推荐表/张卫东.pdf"), std::string(150000, 'p'));
}

TEST_F(GmBundle, AFileWrittenOverInPlaceBetweenThePassesIsRefused) {
    const GmSealedBundle sealed = seal();
    GmBundleOpener opener(dir / "U1-c1-r1.bsx", office, sealed.sm3);
    files["data/推荐表/张卫东.pdf"] = std::string(150000, 'q');
    crypto::MemorySink sink;
    writeGmBundle(input(), unitKey, sink);
    {
        std::fstream same(dir / "U1-c1-r1.bsx", std::ios::in | std::ios::out | std::ios::binary);
        same.write(reinterpret_cast<const char*>(sink.bytes().data()),
                   static_cast<std::streamsize>(sink.bytes().size()));
    }
    fs::create_directories(dir / "swap");
    EXPECT_EQ(codeOf([&] {
                  opener.unpack("U1-c1-r1", dir / "swap",
                                gmBagCheck(unitKey.publicKey(), reviewer.publicKey()), {});
              }),
              "bundle_changed");
}

TEST_F(GmBundle, SealRefusesAPayloadTheReviewerDidNotSignOrThatChanged) {
    GmSealInput in = input();
    in.manifest += std::string(64, 'c') + "  data/extra.txt\n";
    crypto::MemorySink sink;
    EXPECT_EQ(codeOf([&] { writeGmBundle(in, unitKey, sink); }), "signoff_mismatch");
    GmSealInput changed = input();
    const std::string other(150000, 'z');
    changed.payload[2].fill = [&other](crypto::ByteSink& s) {
        s.write(crypto::bytesOfText(other));
    };
    EXPECT_EQ(codeOf([&] { writeGmBundle(changed, unitKey, sink); }), "payload_changed");
    GmSealInput otherOffice = input();
    otherOffice.label.recipient = std::string(64, 'a');
    EXPECT_EQ(codeOf([&] { writeGmBundle(otherOffice, unitKey, sink); }), "bundle_label_invalid");
}

}  // namespace
}  // namespace baosong::test
