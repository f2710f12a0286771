// The bag code on its own: names, tag files, the deterministic tar, and a sealed bag read
// back; then bags that lie (changed files, wrong keys, hostile tar entries), each refused
// with its own code.

#include <gtest/gtest.h>

#include <archive.h>
#include <archive_entry.h>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "base/app_error.h"
#include "bundle/bag_path.h"
#include "bundle/bag_tags.h"
#include "bundle/bundle_label.h"
#include "bundle/bundle_reader.h"
#include "bundle/bundle_writer.h"
#include "bundle/tar_writer.h"
#include "crypto/age_reader.h"
#include "crypto/age_writer.h"
#include "crypto/byte_stream.h"
#include "crypto/crypto_error.h"
#include "crypto/minisign_secret_key.h"
#include "crypto/sha256.h"
#include "support/temp_dir.h"

namespace baosong::test {
namespace {

namespace fs = std::filesystem;
using namespace app::bundle;

std::string codeOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const app::AppError& e) {
        return e.code();
    }
    return "";
}

std::span<const std::uint8_t> bytesOf(std::string_view text) {
    return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

TEST(BagPath, RefusesNamesThatCouldEscapeOrNeedEncoding) {
    EXPECT_FALSE(bagPathProblem("data/照片/张卫东_证件照.jpg"));
    EXPECT_FALSE(bagPathProblem("data/附件/𠮷野_证书.pdf"));
    for (const char* bad : {"", "/etc/passwd", "../x", "data/../../x", "data//x", "data/./x",
                            "data/50%.pdf", "data/a\nb", "data/a\\b", "data/"}) {
        EXPECT_TRUE(bagPathProblem(bad)) << bad;
    }
    // "é" as e + combining acute is not NFC; the composed form is.
    EXPECT_TRUE(bagPathProblem("data/Jose\xcc\x81.jpg"));
    EXPECT_FALSE(bagPathProblem("data/Jos\xc3\xa9.jpg"));
    EXPECT_EQ(toNfc("Jose\xcc\x81"), "Jos\xc3\xa9");
}

TEST(BagTags, BagInfoRoundTripsAndRejectsStrangers) {
    BagInfo info{"内蒙古北方特种装备研究所",
                 "91150200MA0N8XQ313",
                 "2023-05-20",
                 1234,
                 5,
                 "nmg-zuimei-2023",
                 2,
                 std::string(64, 'a')};
    const BagInfo back = parseBagInfo(bagInfoText(info));
    EXPECT_EQ(back.payloadBytes, 1234u);
    EXPECT_EQ(back.revision, 2);
    EXPECT_EQ(back.previous, info.previous);
    const std::string text = bagInfoText(info);
    EXPECT_EQ(codeOf([&] { parseBagInfo(text + "Extra: 1\n"); }), "bag_info_invalid");
    EXPECT_EQ(codeOf([&] { parseBagInfo(text + "Baosong-Revision: 3\n"); }), "bag_info_invalid");
    EXPECT_EQ(codeOf([&] { parseBagInfo(text.substr(0, text.size() - 1)); }), "manifest_invalid");
    info.unitId = "a\nb";
    EXPECT_EQ(codeOf([&] { bagInfoText(info); }), "bag_info_invalid");
}

TEST(BagTags, ManifestIsWhatSha256sumReadsAndParsesStrictly) {
    const std::string hash(64, 'b');
    const std::string text = manifestText({{hash, "data/b.txt"}, {hash, "data/a.txt"}});
    EXPECT_EQ(text, hash + "  data/a.txt\n" + hash + "  data/b.txt\n");
    EXPECT_EQ(parseManifest(text, "m").size(), 2u);
    EXPECT_EQ(codeOf([&] { parseManifest(text + text, "m"); }), "manifest_invalid");
    EXPECT_EQ(codeOf([&] { parseManifest(hash + " data/a.txt\n", "m"); }), "manifest_invalid");
    EXPECT_EQ(codeOf([&] { parseManifest(hash + "  ../a.txt\n", "m"); }), "manifest_invalid");
    EXPECT_EQ(codeOf([&] { parseManifest(std::string(64, 'G') + "  a\n", "m"); }),
              "manifest_invalid");
}

TEST(BundleLabel, TrustedCommentRoundTripsAndIsStrict) {
    const BundleLabel label{"91150200MA0N8XQ313", "nmg-zuimei-2023", 3, "2023-05-20T08:00:00Z",
                            "age1abc"};
    const std::string comment = label.trustedComment();
    EXPECT_EQ(comment,
              "baosong/1 unit=91150200MA0N8XQ313 campaign=nmg-zuimei-2023 revision=3 "
              "sealed=2023-05-20T08:00:00Z recipient=age1abc");
    const BundleLabel back = parseTrustedComment(comment);
    EXPECT_EQ(back.stem(), "91150200MA0N8XQ313-nmg-zuimei-2023-r3");
    EXPECT_EQ(back.recipient, "age1abc");
    for (const std::string& bad :
         std::vector<std::string>{comment + " extra=1", "baosong/2" + comment.substr(9),
                                  "baosong/1 unit=x campaign=y revision=03 sealed=z recipient=w",
                                  "baosong/1 unit=x campaign=y revision=0 sealed=z recipient=w",
                                  "baosong/1 campaign=y unit=x revision=1 sealed=z recipient=w"}) {
        EXPECT_EQ(codeOf([&] { parseTrustedComment(bad); }), "trusted_comment_invalid") << bad;
    }
    BundleLabel spaced = label;
    spaced.unitId = "a b";
    EXPECT_EQ(codeOf([&] { (void)spaced.trustedComment(); }), "bundle_label_invalid");
}

// A bag sealed in memory and read back, with the keys of one unit, reviewer and office.
class SealedBag : public ::testing::Test {
  protected:
    SealedBag() {
        files = {{"data/review.json", "{\"flags\":[]}"},
                 {"data/submission.json", "{\"format\":\"baosong.submission/1\"}"},
                 {"data/照片/张卫东1.jpg", std::string(200000, 'x')}};
    }

    SealInput input(const std::map<std::string, std::string>& payload) const {
        SealInput in;
        in.label = {"U1", "c1", 1, "2023-05-20T08:00:00Z", office.recipient().text()};
        in.info = {"单位", "U1", "", 0, 0, "c1", 1, "none"};
        for (const auto& [path, content] : payload) {
            in.payload.push_back({path, content.size(), crypto::toHex(crypto::Sha256::of(content)),
                                  [&content](crypto::ByteSink& s) { s.write(bytesOf(content)); }});
        }
        in.manifest = payloadManifest(in.payload);
        in.reviewerSignature = reviewer.sign(bytesOf(in.manifest), "review").fileText();
        in.recipients = {office.recipient()};
        return in;
    }

    std::vector<std::uint8_t> seal(const SealInput& in) const {
        crypto::MemorySink sink;
        writeBundle(in, unitKey, sink);
        return sink.bytes();
    }

    UnpackedBag open(const std::vector<std::uint8_t>& bundle, const std::string& folder,
                     const BagCheck& keys) const {
        crypto::MemorySource source(bundle);
        crypto::age::AgeReader reader(source, {&office});
        struct Source final : crypto::ByteSource {
            crypto::age::AgeReader& r;
            explicit Source(crypto::age::AgeReader& reader) : r(reader) {}
            std::size_t read(std::span<std::uint8_t> b) override { return r.read(b); }
        } plain(reader);
        fs::create_directories(folder);
        return unpackBag(plain, "U1-c1-r1", folder, keys, {});
    }

    BagCheck keys() const { return intlBagCheck(unitKey.publicKey(), reviewer.publicKey()); }

    TempDir dir;
    std::map<std::string, std::string> files;
    crypto::MinisignSecretKey unitKey = crypto::MinisignSecretKey::generate();
    crypto::MinisignSecretKey reviewer = crypto::MinisignSecretKey::generate();
    crypto::age::X25519Identity office = crypto::age::X25519Identity::generate();
};

TEST_F(SealedBag, ReadsBackWhatWasSealed) {
    const auto bag = open(seal(input(files)), dir / "a", keys());
    EXPECT_EQ(bag.files.size(), 3u);
    EXPECT_EQ(bag.info.payloadFiles, 3u);
    EXPECT_EQ(bag.submissionJson, files["data/submission.json"]);
    EXPECT_EQ(readFile(dir / "a/data/照片/张卫东1.jpg"), files["data/照片/张卫东1.jpg"]);
}

TEST_F(SealedBag, RefusesAManifestTheReviewerDidNotSign) {
    SealInput in = input(files);
    in.manifest += std::string(64, 'c') + "  data/extra.txt\n";
    EXPECT_EQ(codeOf([&] { seal(in); }), "signoff_mismatch");
}

TEST_F(SealedBag, RefusesContentThatChangedWhileStreaming) {
    SealInput in = input(files);
    const std::string other(200000, 'y');
    in.payload.back().fill = [&other](crypto::ByteSink& s) { s.write(bytesOf(other)); };
    EXPECT_EQ(codeOf([&] { seal(in); }), "payload_changed");
}

TEST_F(SealedBag, InnerSignaturesMustComeFromTheEnrolledKeys) {
    const auto bundle = seal(input(files));
    const auto stranger = crypto::MinisignSecretKey::generate();
    EXPECT_EQ(codeOf([&] {
                  open(bundle, dir / "b", intlBagCheck(stranger.publicKey(), reviewer.publicKey()));
              }),
              "unit_signature_invalid");
    EXPECT_EQ(codeOf([&] {
                  open(bundle, dir / "c", intlBagCheck(unitKey.publicKey(), stranger.publicKey()));
              }),
              "reviewer_signature_invalid");
}

// The NFD form of a name (ICU), as a Mac or a hostile writer might put it in a tar.
std::string toNfd(const std::string& text) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    const icu::UnicodeString out = nfd->normalize(icu::UnicodeString::fromUTF8(text), status);
    std::string bytes;
    out.toUTF8String(bytes);
    return bytes;
}

// A bag whose tar is written by hand (valid names, honest signatures over whatever the
// tag files say), then encrypted to the office: the bag checks must catch the lie.
std::vector<std::uint8_t> encrypt(const std::vector<std::uint8_t>& tar,
                                  const crypto::age::X25519Recipient& to) {
    crypto::MemorySink sink;
    crypto::age::AgeWriter writer({to}, sink);
    writer.write(tar);
    writer.finish();
    return sink.bytes();
}

struct HandBag {
    std::map<std::string, std::string> data;  // "data/…" → bytes
    std::map<std::string, std::string> manifestOverride;
    std::string bagInfoOverride;
    std::string extraTagFile;
    std::string trailing;
    std::string decomposed = {};  // a data path written NFD in the tar, NFC everywhere else
    bool noEndMarker = false;     // the tar stops after its last entry
};

// One regular file as a pax tar writes it (POSIX.1-2001): an extended header whose "path"
// record holds name byte for byte, then the ustar header and the data. Made by hand because
// libarchive's writer, like its reader, turns an NFD name into NFC.
std::string paxEntry(const std::string& name, const std::string& body) {
    const auto header = [](const std::string& shortName, char type, std::size_t size) {
        std::string block(512, '\0');
        block.replace(0, std::min<std::size_t>(shortName.size(), 99), shortName.substr(0, 99));
        block.replace(100, 7, "0000644");
        block.replace(108, 7, "0000000");
        block.replace(116, 7, "0000000");
        char octal[13];
        std::snprintf(octal, sizeof octal, "%011zo", size);
        block.replace(124, 11, octal);
        block.replace(136, 11, "14444444444");
        block[156] = type;
        block.replace(257, 6, std::string("ustar\0", 6));
        block.replace(263, 2, "00");
        block.replace(148, 8, "        ");
        unsigned sum = 0;
        for (const char c : block) {
            sum += static_cast<unsigned char>(c);
        }
        char check[8];
        std::snprintf(check, sizeof check, "%06o", sum);
        block.replace(148, 7, std::string(check, 6) + '\0');
        return block;
    };
    const auto pad = [](std::string data) {
        data.resize((data.size() + 511) / 512 * 512, '\0');
        return data;
    };
    std::string record = " path=" + name + "\n";
    std::size_t length = record.size();
    while (std::to_string(length).size() + record.size() != length) {
        length = std::to_string(length).size() + record.size();
    }
    record = std::to_string(length) + record;
    return header("PaxHeader", 'x', record.size()) + pad(record) + header("x", '0', body.size()) +
           pad(body);
}

TEST_F(SealedBag, LiesInsideAnHonestlySignedBagAreCaught) {
    const auto build = [&](const HandBag& hand) {
        std::vector<ManifestLine> lines;
        std::uint64_t bytes = 0;
        for (const auto& [path, content] : hand.data) {
            const auto it = hand.manifestOverride.find(path);
            lines.push_back({it != hand.manifestOverride.end()
                                 ? it->second
                                 : crypto::toHex(crypto::Sha256::of(content)),
                             path});
            bytes += content.size();
        }
        const std::string manifest = manifestText(lines);
        const std::string info = hand.bagInfoOverride.empty()
                                     ? bagInfoText({"单位", "U1", "2023-05-20", bytes,
                                                    hand.data.size(), "c1", 1, "none"})
                                     : hand.bagInfoOverride;
        const std::string reviewerSig = reviewer.sign(bytesOf(manifest), "r").fileText();
        const std::string tagManifest =
            manifestText({{crypto::toHex(crypto::Sha256::of(info)), "bag-info.txt"},
                          {crypto::toHex(crypto::Sha256::of(bagitText())), "bagit.txt"},
                          {crypto::toHex(crypto::Sha256::of(manifest)), "manifest-sha256.txt"},
                          {crypto::toHex(crypto::Sha256::of(reviewerSig)),
                           "manifest-sha256.txt.reviewer.minisig"}});
        std::map<std::string, std::string> entries = {
            {"U1-c1-r1/bagit.txt", bagitText()},
            {"U1-c1-r1/bag-info.txt", info},
            {"U1-c1-r1/manifest-sha256.txt", manifest},
            {"U1-c1-r1/manifest-sha256.txt.reviewer.minisig", reviewerSig},
            {"U1-c1-r1/tagmanifest-sha256.txt", tagManifest},
            {"U1-c1-r1/tagmanifest-sha256.txt.minisig",
             unitKey.sign(bytesOf(tagManifest), "t").fileText()}};
        for (const auto& [path, content] : hand.data) {
            entries["U1-c1-r1/" + path] = content;
        }
        if (!hand.extraTagFile.empty()) {
            entries["U1-c1-r1/" + hand.extraTagFile] = "x";
        }
        crypto::MemorySink tarBytes;
        TarWriter tar(tarBytes, 1684569600);
        for (const auto& [path, content] : entries) {
            if (path != "U1-c1-r1/" + hand.decomposed) {
                tar.addFile(path, content);
            }
        }
        tar.finish();
        std::vector<std::uint8_t> plain = tarBytes.bytes();
        // Without its end-of-archive marker (and the record's padding after it) ...
        while (plain.size() >= 512 &&
               std::all_of(plain.end() - 512, plain.end(), [](std::uint8_t b) { return b == 0; })) {
            plain.resize(plain.size() - 512);
        }
        // ... so that an entry written by hand may follow, then the marker unless left out.
        if (!hand.decomposed.empty()) {
            const std::string entry =
                paxEntry("U1-c1-r1/" + toNfd(hand.decomposed), hand.data.at(hand.decomposed));
            plain.insert(plain.end(), entry.begin(), entry.end());
        }
        if (!hand.noEndMarker) {
            plain.insert(plain.end(), 1024, 0);
        }
        plain.insert(plain.end(), hand.trailing.begin(), hand.trailing.end());
        return encrypt(plain, office.recipient());
    };
    const HandBag honest{{{"data/submission.json", "{}"}, {"data/a.pdf", "pdf"}}, {}, "", "", ""};
    EXPECT_EQ(open(build(honest), dir / "ok", keys()).files.size(), 2u);

    HandBag changed = honest;
    changed.manifestOverride["data/a.pdf"] = std::string(64, 'e');
    EXPECT_EQ(codeOf([&] { open(build(changed), dir / "m", keys()); }), "manifest_mismatch");

    HandBag oxum = honest;
    oxum.bagInfoOverride = bagInfoText({"单位", "U1", "2023-05-20", 999, 2, "c1", 1, "none"});
    EXPECT_EQ(codeOf([&] { open(build(oxum), dir / "o", keys()); }), "payload_oxum_mismatch");

    HandBag extra = honest;
    extra.extraTagFile = "notes.txt";
    EXPECT_EQ(codeOf([&] { open(build(extra), dir / "x", keys()); }), "bag_layout_invalid");

    HandBag trailing = honest;
    trailing.trailing = std::string(512, '\0') + "junk";
    EXPECT_EQ(codeOf([&] { open(build(trailing), dir / "t", keys()); }), "tar_trailing_data");

    // A tar cut after its last entry: libarchive reads it as whole; the missing end marker
    // says it is not (a bag cut short, or not written by baosong).
    HandBag cut = honest;
    cut.noEndMarker = true;
    EXPECT_EQ(codeOf([&] { open(build(cut), dir / "c", keys()); }), "tar_end_missing");

    // A name the tar writes decomposed (NFD) while the manifest lists it composed: libarchive
    // hands it over composed, GNU tar writes it as it is and sha256sum -c then fails.
    HandBag nfd = honest;
    nfd.data["data/José.pdf"] = "scan";
    EXPECT_EQ(open(build(nfd), dir / "n1", keys()).files.size(), 3u) << "the composed bag is fine";
    nfd.decomposed = "data/José.pdf";
    try {
        open(build(nfd), dir / "n2", keys());
        FAIL() << "a decomposed name in the tar was accepted";
    } catch (const app::AppError& e) {
        EXPECT_EQ(e.code(), "bag_entry_unsafe");
        EXPECT_NE(std::string(e.what()).find("NFC"), std::string::npos) << e.what();
    }
}

TEST_F(SealedBag, AChangedTagFileBreaksTheTagManifest) {
    // Re-sign a tag manifest that no longer matches bag-info.txt: the unit key signs it,
    // but the hashes disagree.
    SealInput in = input(files);
    auto bundle = seal(in);
    crypto::MemorySource source(bundle);
    crypto::age::AgeReader reader(source, {&office});
    std::vector<std::uint8_t> plain(1 << 20);
    std::size_t total = 0;
    for (std::size_t n = reader.read(std::span(plain).subspan(total)); n > 0;
         n = reader.read(std::span(plain).subspan(total))) {
        total += n;
    }
    plain.resize(total);
    // bag-info.txt holds "Baosong-Previous: none"; change one letter in place.
    const std::string needle = "Baosong-Previous: none";
    auto at = std::search(plain.begin(), plain.end(), needle.begin(), needle.end());
    ASSERT_NE(at, plain.end());
    *(at + 18) = 'N';
    EXPECT_EQ(codeOf([&] { open(encrypt(plain, office.recipient()), dir / "g", keys()); }),
              "tagmanifest_mismatch");
}

TEST_F(SealedBag, ATruncatedStreamFailsEvenAfterTheTarEnds) {
    auto bundle = seal(input(files));
    bundle.resize(bundle.size() - 10);  // inside the final age chunk
    try {
        open(bundle, dir / "cut", keys());
        FAIL() << "a truncated stream was accepted";
    } catch (const crypto::CryptoError& e) {
        EXPECT_EQ(e.code(), "age_payload_invalid");
    }
}

TEST_F(SealedBag, SameContentAndTimeGiveTheSameTar) {
    // The tar itself (before age's random keys) is deterministic.
    const auto tarOf = [&] {
        crypto::MemorySink sink;
        TarWriter tar(sink, 1684569600);
        tar.addDirectory("b");
        tar.addFile("b/照片.txt", "one");
        tar.finish();
        return sink.bytes();
    };
    EXPECT_EQ(tarOf(), tarOf());
}

// A tar made by hand, bypassing TarWriter's checks, as an attacker would.
std::vector<std::uint8_t> hostileTar(const std::function<void(struct archive*)>& add) {
    std::vector<std::uint8_t> out;
    struct archive* a = archive_write_new();
    archive_write_set_format_pax_restricted(a);
    archive_write_open(
        a, &out, nullptr,
        [](struct archive*, void* client, const void* data, size_t size) -> la_ssize_t {
            auto* v = static_cast<std::vector<std::uint8_t>*>(client);
            v->insert(v->end(), static_cast<const std::uint8_t*>(data),
                      static_cast<const std::uint8_t*>(data) + size);
            return static_cast<la_ssize_t>(size);
        },
        nullptr);
    add(a);
    archive_write_close(a);
    archive_write_free(a);
    return out;
}

void addEntry(struct archive* a, const std::string& path, mode_t type, const std::string& link = "",
              const std::string& body = "x") {
    struct archive_entry* e = archive_entry_new();
    archive_entry_set_pathname(e, path.c_str());
    archive_entry_set_filetype(e, type);
    archive_entry_set_perm(e, 0644);
    if (type == AE_IFLNK) {
        archive_entry_set_symlink(e, link.c_str());
    }
    if (type == AE_IFREG && !link.empty()) {
        archive_entry_set_hardlink(e, link.c_str());
    }
    archive_entry_set_size(
        e, type == AE_IFREG && link.empty() ? static_cast<la_int64_t>(body.size()) : 0);
    archive_write_header(a, e);
    if (type == AE_IFREG && link.empty()) {
        archive_write_data(a, body.data(), body.size());
    }
    archive_entry_free(e);
}

TEST(HostileTar, ZipSlipLinksAndDevicesAreRefusedAndNothingEscapes) {
    TempDir dir;
    const std::string folder = dir / "bag";
    const auto unpackCode = [&](const std::vector<std::uint8_t>& tar) {
        fs::remove_all(folder);
        fs::create_directories(folder);
        crypto::MemorySource source(tar);
        const auto key = crypto::MinisignSecretKey::generate().publicKey();
        return codeOf([&] { unpackBag(source, "S", folder, intlBagCheck(key, key), {}); });
    };
    const std::vector<std::pair<std::string, std::function<void(struct archive*)>>> cases = {
        {"dot-dot", [](auto* a) { addEntry(a, "S/data/../../escaped.txt", AE_IFREG); }},
        {"absolute", [](auto* a) { addEntry(a, "/tmp/escaped.txt", AE_IFREG); }},
        {"outside", [](auto* a) { addEntry(a, "T/data/x.txt", AE_IFREG); }},
        {"symlink", [](auto* a) { addEntry(a, "S/data/link", AE_IFLNK, "/etc/passwd"); }},
        {"hardlink", [](auto* a) { addEntry(a, "S/data/hard", AE_IFREG, "/etc/passwd"); }},
        {"device", [](auto* a) { addEntry(a, "S/data/dev", AE_IFCHR); }},
        {"fifo", [](auto* a) { addEntry(a, "S/data/fifo", AE_IFIFO); }},
        {"percent", [](auto* a) { addEntry(a, "S/data/50%.txt", AE_IFREG); }},
        {"duplicate",
         [](auto* a) {
             addEntry(a, "S/data/x.txt", AE_IFREG);
             addEntry(a, "S/data/x.txt", AE_IFREG);
         }},
    };
    for (const auto& [name, add] : cases) {
        const std::string code = unpackCode(hostileTar(add));
        EXPECT_EQ(code, name == "outside" ? "bag_layout_invalid" : "bag_entry_unsafe") << name;
        if (name != "duplicate") {  // the first copy of a duplicate is written, then refused
            EXPECT_TRUE(fs::is_empty(folder)) << name << " left something behind";
        }
    }
    EXPECT_FALSE(fs::exists(dir.path() / "escaped.txt"));
    EXPECT_FALSE(fs::exists("/tmp/escaped.txt"));
    EXPECT_EQ(unpackCode({1, 2, 3}), "tar_invalid");
}

TEST(HostileTar, SizeLimitsAreEnforced) {
    TempDir dir;
    const auto tar = hostileTar(
        [](auto* a) { addEntry(a, "S/data/big", AE_IFREG, "", std::string(5000, 'z')); });
    crypto::MemorySource source(tar);
    const auto key = crypto::MinisignSecretKey::generate().publicKey();
    TarLimits limits;
    limits.maxFileBytes = 4096;
    EXPECT_EQ(codeOf([&] { unpackBag(source, "S", dir / "", intlBagCheck(key, key), limits); }),
              "bag_too_large");
}

}  // namespace
}  // namespace baosong::test
