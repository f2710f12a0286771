// A forged enrolment (threat model: someone who can hand the office a request in the
// unit's name): fresh keys made to carry the real unit's minisign key ids. The key ids are
// labels whoever makes a key chooses, so they match; the fingerprints (bundle.md "Keys")
// are computed from the keys, so on the clerk's screen they differ from the stamped paper,
// and a clerk who types the paper's values gets a refusal and nothing enrolled.

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "crypto/minisign_public_key.h"
#include "crypto/minisign_secret_key.h"
#include "support/bundle_flow.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace baosong::test {
namespace {

using nlohmann::json;

std::string withoutSpaces(std::string text) {
    std::erase_if(text, [](char c) { return c == ' ' || c == '\n'; });
    return text;
}

// The same key id as the real key, another Ed25519 key.
std::string forgedKey(const std::string& real) {
    const auto id = crypto::MinisignPublicKey::fromBase64(real).keyId();
    const auto fresh = crypto::MinisignSecretKey::generate().publicKey().key();
    return crypto::MinisignPublicKey(id, fresh).base64();
}

TEST(EnrolmentForgery, ShowsOtherFingerprintsAndIsRefusedAgainstThePaper) {
    BAOSONG_REQUIRE_PROGRAM("pdftotext");
    TempDir dir;
    BundleFlow unit(dir);
    unit.initUnit();
    const std::string office = dir / "office.bsv";
    unit.initOffice(office);
    const auto run = [](std::vector<std::string> args) { return BundleFlow::run(std::move(args)); };

    ASSERT_EQ(run({"keys", unit.vault, "enrolment", dir / "real"}).exitCode, 0);
    const json shown = json::parse(run({"keys", unit.vault, "show", "--json"}).out);
    const std::string paperUnit = shown.at("unit_key").at("fingerprint");
    const std::string paperReviewer = shown.at("reviewer_key").at("fingerprint");
    // The stamped paper carries both fingerprints in its text, digit for digit.
    const auto paper = runProcess({"pdftotext", "-enc", "UTF-8", dir / "real.pdf", "-"});
    ASSERT_EQ(paper.exitCode, 0) << paper.err;
    ASSERT_NE(withoutSpaces(paper.out).find(paperUnit), std::string::npos) << paper.out;
    ASSERT_NE(withoutSpaces(paper.out).find(paperReviewer), std::string::npos) << paper.out;

    json forged = json::parse(readFile(dir / "real.json"));
    forged["signing_key"] = forgedKey(forged.at("signing_key"));
    forged["reviewer_key"] = forgedKey(forged.at("reviewer_key"));
    writeFile(dir / "forged.json", forged.dump());

    // What the clerk sees for the forgery: the same key ids, other fingerprints.
    const auto looked = run({"office", "enrol", office, dir / "forged.json"});
    EXPECT_EQ(looked.exitCode, 2);  // no terminal to confirm on: nothing enrolled
    const std::string screen = withoutSpaces(looked.out);
    EXPECT_NE(screen.find(shown.at("unit_key").at("key_id").get<std::string>()), std::string::npos)
        << looked.out;
    EXPECT_EQ(screen.find(paperUnit), std::string::npos) << looked.out;
    EXPECT_EQ(screen.find(paperReviewer), std::string::npos) << looked.out;

    // The clerk types what the paper says: the forgery is refused, and not recorded.
    const auto typed = [](const std::string& hex) {
        std::string grouped;  // as read off the paper: groups of four, upper case
        for (std::size_t i = 0; i < hex.size(); ++i) {
            grouped += (i > 0 && i % 4 == 0 ? " " : "") +
                       std::string(1, static_cast<char>(std::toupper(hex[i])));
        }
        return grouped;
    };
    const auto refused = run({"office", "enrol", office, dir / "forged.json", "--unit-fingerprint",
                              typed(paperUnit), "--reviewer-fingerprint", typed(paperReviewer)});
    EXPECT_EQ(refused.exitCode, 1) << refused.err;
    EXPECT_NE(refused.err.find("[fingerprint_mismatch]"), std::string::npos) << refused.err;
    // One key of two forged is refused as well, naming that key.
    json half = json::parse(readFile(dir / "real.json"));
    half["reviewer_key"] = forged["reviewer_key"];
    writeFile(dir / "half.json", half.dump());
    const auto halfRefused =
        run({"office", "enrol", office, dir / "half.json", "--unit-fingerprint", typed(paperUnit),
             "--reviewer-fingerprint", typed(paperReviewer)});
    EXPECT_EQ(halfRefused.exitCode, 1);
    EXPECT_NE(halfRefused.err.find("保密审查员密钥"), std::string::npos) << halfRefused.err;
    EXPECT_EQ(halfRefused.err.find("单位签名密钥"), std::string::npos) << halfRefused.err;

    // The real request against the same paper is enrolled: nothing of the forgery stood
    // in its way (an enrolment with other keys would be enrolment_conflict).
    const auto enrolled = run({"office", "enrol", office, dir / "real.json", "--unit-fingerprint",
                               typed(paperUnit), "--reviewer-fingerprint", typed(paperReviewer)});
    EXPECT_EQ(enrolled.exitCode, 0) << enrolled.err;
    // Only one of the two fingerprints given is a usage error.
    EXPECT_EQ(
        run({"office", "enrol", office, dir / "real.json", "--unit-fingerprint", typed(paperUnit)})
            .exitCode,
        2);
}

}  // namespace
}  // namespace baosong::test
