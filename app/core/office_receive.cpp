#include "office_receive.h"

#include <filesystem>
#include <nlohmann/json.hpp>

#include "base/app_error.h"
#include "base/relative_path.h"
#include "base/temp_sibling.h"
#include "bundle/bundle_reader.h"
#include "bundle/file_stream.h"
#include "bundle/gm_bundle_reader.h"
#include "bundle/hashing_source.h"
#include "contained_file.h"
#include "crypto/age_reader.h"
#include "crypto/crypto_error.h"
#include "crypto/sm2_signature.h"
#include "grant_key.h"
#include "input_file.h"
#include "office_profile.h"
#include "output_folder.h"
#include "policy/finding_json.h"
#include "policy/parse_error.h"
#include "policy/submission_json.h"
#include "signed_rules.h"
#include "store/audit_log.h"
#include "store/office_store.h"
#include "store/vault_keys.h"
#include "submission_check.h"
#include "submission_import.h"

namespace baosong::app {

namespace {
namespace fs = std::filesystem;

// The files the received submission names, as the bag carried them (its manifest checked),
// kept with the bundle so the set for 内蒙古科协 is made from what was verified. A file
// the bag lacks is the re-check's finding, not kept.
void keepNamedFiles(OfficeStore& office, const ReceivedBundle& received,
                    const std::string& dataDir) {
    const policy::Submission s = policy::parseSubmission(received.submission);
    for (const auto& ref : policy::fileReferences(s)) {
        std::vector<std::string> paths = {ref.path};
        if (ref.kind == policy::FileReference::Kind::Grant) {
            for (const std::string_view suffix : kGrantSignatureSuffixes) {
                paths.push_back(ref.path + std::string(suffix));
            }
        }
        for (const std::string& path : paths) {
            if (relativePathProblem(path)) {
                continue;
            }
            const ContainedFile file(dataDir, path);
            if (file.state() == ContainedFile::State::Ok && file.size() <= kMaxStoredFileBytes) {
                office.putReceivedFile(
                    received, path, static_cast<std::int64_t>(file.size()),
                    [&file](const OfficeStore::Pieces& each) { file.readEach(each); });
            }
        }
    }
}

AppError problem(const char* code, Text text) {
    return AppError(ErrorKind::Problem, code, std::move(text));
}

// The age reader as the tar reader's source.
class AgeSource final : public crypto::ByteSource {
  public:
    explicit AgeSource(crypto::age::AgeReader& reader) : reader_(reader) {}
    std::size_t read(std::span<std::uint8_t> buffer) override {
        try {
            return reader_.read(buffer);
        } catch (const crypto::CryptoError& e) {
            throw problem("decrypt_failed",
                          Text("bundle_decrypt_damaged").with("why", libraryText("crypto", e)));
        }
    }

  private:
    crypto::age::AgeReader& reader_;
};

// The reviewer's signature covers submission.json (through manifest-sha256.txt) but not
// bag-info.txt or the outer label, which only the unit key signs. Unless the three agree,
// whoever holds the unit key and an old sign-off could send content reviewed for one
// revision as a later one.
void requireSubmissionMatchesLabel(const std::string& json, const bundle::BundleLabel& label) {
    policy::Submission s;
    try {
        s = policy::parseSubmission(json);
    } catch (const policy::ParseError& e) {
        throw AppError(ErrorKind::Problem, e.code(),
                       Text("bundle_submission_unreadable").with("why", libraryText("policy", e)));
    }
    if (s.unit.id != label.unitId || s.campaign != label.campaign || s.revision != label.revision) {
        throw problem("submission_label_mismatch",
                      Text("submission_label_mismatch")
                          .with("unit", s.unit.id)
                          .with("campaign", s.campaign)
                          .with("revision", std::to_string(s.revision))
                          .with("label_unit", label.unitId)
                          .with("label_campaign", label.campaign)
                          .with("label_revision", std::to_string(label.revision)));
    }
}

}  // namespace

namespace {
// bundle.md "The office's checks" 3–4, in both profiles: the file is the one the label
// names, and the label's unit is enrolled here.
std::optional<Enrolment> labelledUnit(OfficeStore& office, const std::string& bundlePath,
                                      const bundle::BundleLabel& label) {
    if (fs::path(bundlePath).filename().string() != label.stem() + ".bsx") {
        throw problem("signature_other_bundle",
                      Text("signature_other_bundle")
                          .with("bundle", label.stem() + ".bsx")
                          .with("file", fs::path(bundlePath).filename().string()));
    }
    auto enrolled = office.enrolment(label.unitId);
    if (!enrolled) {
        throw problem("unit_not_enrolled",
                      Text("bundle_unit_not_enrolled").with("unit", label.unitId));
    }
    return enrolled;
}

// bundle-gm.md "What a seal writes": the statement and its SM2 signature beside the .bsx,
// checked under the unit's enrolled SM2 key; then the file's SM3 against the statement's
// and the recipient against this office's receiving key.
VerifiedBundle verifyGmLabel(Vault& vault, const std::string& bundlePath) {
    OfficeStore office(vault.db());
    const std::string statementPath = bundlePath + ".statement";
    const std::string sigPath = bundlePath + ".sig";
    for (const std::string& path : {statementPath, sigPath}) {
        if (!fs::is_regular_file(path)) {
            throw problem("signature_missing", Text("signature_missing").with("path", path));
        }
    }
    const std::string statementText = readInputText(statementPath, 4096, "file_signature");
    const bundle::GmStatement statement = bundle::parseGmStatement(statementText);
    const bundle::BundleLabel& label = statement.label;
    const std::optional<Enrolment> enrolled = labelledUnit(office, bundlePath, label);
    const std::string sigText = readInputText(sigPath, 4096, "file_signature");
    const auto verifiesUnder = [&](const std::string& pem) {
        try {
            crypto::sm2Verify(crypto::Sm2PublicKey::fromPem(pem),
                              crypto::bytesOfText(statementText), crypto::bytesOfText(sigText));
            return true;
        } catch (const crypto::CryptoError&) {
            return false;
        }
    };
    if (enrolled->profile != "gm" || !verifiesUnder(enrolled->signingKey)) {
        // An SM2 signature names no key: try the other units' keys to say whose it is.
        for (const Enrolment& other : office.enrolments()) {
            if (other.profile == "gm" && other.unitId != label.unitId &&
                verifiesUnder(other.signingKey)) {
                throw problem("signer_not_enrolled", Text("signer_other_unit")
                                                         .with("unit", label.unitId)
                                                         .with("owner", other.unitId));
            }
        }
        throw problem("statement_altered", Text("statement_altered").with("unit", label.unitId));
    }
    // One read for both hashes: SM3 is what the unit signed, SHA-256 what the office's
    // replay record keeps (bundle.md "Revisions and replay").
    bundle::FileSource file(bundlePath);
    bundle::HashingSource sha256(file);
    bundle::HashingSource sm3(sha256, "SM3");
    const std::string sm3Hex = sm3.drainAndFinish();
    const std::string sha256Hex = sha256.drainAndFinish();
    if (sm3Hex != statement.sm3) {
        throw problem("bundle_altered", Text("bundle_altered"));
    }
    const auto ours = VaultKeys(vault.db()).sm2PublicKey(KeyRole::OfficeReceive);
    if (!ours || label.recipient != crypto::toHex(ours->fingerprint())) {
        throw problem("recipient_other_office",
                      Text("recipient_other_office").with("recipient", label.recipient));
    }
    // The size of the bytes hashed, not of the path read again.
    return {label, enrolled->unitName, sha256Hex, sha256.bytes(), std::nullopt, "", "gm", sm3Hex};
}

// bundle.md "The office's checks" 2–7: the minisign signature and its trusted comment.
VerifiedBundle verifyIntlLabel(Vault& vault, const std::string& bundlePath) {
    OfficeStore office(vault.db());
    const auto ourRecipient = office.recipient();
    std::error_code ec;
    const std::string sigPath = bundlePath + ".minisig";
    if (!fs::is_regular_file(sigPath, ec)) {
        throw problem("signature_missing", Text("signature_missing").with("path", sigPath));
    }
    const auto signature =
        bundle::readBundleSignature(readInputText(sigPath, 64 * 1024, "file_signature"));
    const bundle::BundleLabel& label = signature.label;
    const std::optional<Enrolment> enrolled = labelledUnit(office, bundlePath, label);
    const auto unitKey = crypto::MinisignPublicKey::fromBase64(enrolled->signingKey);
    if (signature.signature.keyId != unitKey.keyId()) {
        std::optional<std::string> owner;
        for (const Enrolment& other : office.enrolments()) {
            if (other.profile == "intl" &&
                crypto::MinisignPublicKey::fromBase64(other.signingKey).keyId() ==
                    signature.signature.keyId) {
                owner = other.unitId;
            }
        }
        throw problem(
            "signer_not_enrolled",
            owner ? Text("signer_other_unit").with("unit", label.unitId).with("owner", *owner)
                  : Text("signer_not_enrolled").with("unit", label.unitId));
    }
    const bundle::BundleDigest digest = bundle::digestBundle(bundlePath);
    bundle::verifyBundleSignature(unitKey, signature, digest);
    if (label.recipient != ourRecipient.text()) {
        throw problem("recipient_other_office",
                      Text("recipient_other_office").with("recipient", label.recipient));
    }
    return {label, enrolled->unitName, digest.sha256, digest.size, std::nullopt, "", "intl", ""};
}
}  // namespace

VerifiedBundle verifyBundle(Vault& vault, const std::string& bundlePath) {
    OfficeStore office(vault.db());
    office.recipient();  // is this an office vault?
    std::error_code ec;
    if (!fs::is_regular_file(bundlePath, ec)) {
        throw AppError(ErrorKind::BadInput, "io_error",
                       Text("bundle_not_found").with("path", bundlePath));
    }
    // bundle-gm.md "Keys and fingerprints": an office refuses the other profile's bundle by
    // the files beside it, before reading any.
    const BundleProfile profile = officeProfile(vault);
    const bool gm = profile == BundleProfile::Gm;
    const std::string ownSignature = bundlePath + std::string(signatureSuffix(profile));
    const std::string otherSignature = bundlePath + (gm ? ".minisig" : ".statement");
    if (!fs::exists(ownSignature, ec) && fs::exists(otherSignature, ec)) {
        throw problem("profile_mismatch", Text("bundle_profile_other")
                                              .with("theirs", gm ? "intl" : "gm")
                                              .with("ours", gm ? "gm" : "intl"));
    }
    VerifiedBundle out = gm ? verifyGmLabel(vault, bundlePath) : verifyIntlLabel(vault, bundlePath);
    const bundle::BundleLabel& label = out.label;
    if (const auto previous = office.latest(label.unitId, label.campaign)) {
        out.previousRevision = previous->revision;
        out.previousSha256 = previous->sha256;
        if (label.revision < previous->revision) {
            throw problem("revision_stale",
                          Text("revision_stale")
                              .with("revision", std::to_string(label.revision))
                              .with("received", std::to_string(previous->revision)));
        }
        if (label.revision == previous->revision) {
            if (previous->sha256 == out.sha256) {
                throw problem(
                    "already_received",
                    Text("already_received").with("revision", std::to_string(label.revision)));
            }
            throw problem(
                "revision_conflict",
                Text("revision_conflict").with("revision", std::to_string(label.revision)));
        }
    }
    return out;
}

OpenedBundle openBundle(Vault& vault, const std::string& bundlePath, const std::string& outDir,
                        const std::string& actor) {
    OpenedBundle opened{verifyBundle(vault, bundlePath), "", {}, {}};
    const bundle::BundleLabel& label = opened.verified.label;
    requireOutputFolder(outDir);
    opened.folder = (fs::path(outDir) / label.stem()).string();
    requireNoTarget(opened.folder);
    OfficeStore office(vault.db());
    const auto enrolled = *office.enrolment(label.unitId);
    const bool gm = opened.verified.profile == "gm";
    const bundle::BagCheck keys =
        gm ? bundle::gmBagCheck(crypto::Sm2PublicKey::fromPem(enrolled.signingKey),
                                crypto::Sm2PublicKey::fromPem(enrolled.reviewerKey))
           : bundle::intlBagCheck(crypto::MinisignPublicKey::fromBase64(enrolled.signingKey),
                                  crypto::MinisignPublicKey::fromBase64(enrolled.reviewerKey));

    // Unpacked into a temporary folder that becomes OUT/<stem> only once everything holds.
    TempSibling staging(opened.folder, TempSibling::Kind::Directory);
    bundle::UnpackedBag bag;
    if (gm) {
        // bundle-gm.md: the MAC over the whole payload before a byte is decrypted, then the
        // bag from a second pass over the same open file, whose SM3 must again be the one
        // verified (bundle_changed otherwise).
        bundle::GmBundleOpener opener(
            bundlePath, VaultKeys(vault.db()).sm2PlainSecretKey(KeyRole::OfficeReceive),
            opened.verified.sm3);
        bag = opener.unpack(label.stem(), staging.path(), keys, {});
    } else {
        bundle::FileSource file(bundlePath);
        bundle::HashingSource ciphertext(file);
        const auto identity = office.identity();
        std::optional<crypto::age::AgeReader> reader;
        try {
            // bundle.md: binary age to exactly one X25519 recipient, the office's; armor or
            // a second recipient (whoever else could read it) is not a bundle baosong sealed.
            reader.emplace(ciphertext, std::vector<const crypto::age::X25519Identity*>{&identity},
                           crypto::age::AgeProfile{.allowArmor = false, .oneX25519Stanza = true});
        } catch (const crypto::CryptoError& e) {
            if (e.code() == "age_profile_refused") {
                throw problem("bundle_profile_invalid",
                              Text("bundle_profile_invalid").with("why", libraryText("crypto", e)));
            }
            if (e.code() == "age_no_match") {
                throw problem("recipient_other_office", Text("bundle_not_for_this_office"));
            }
            throw problem("decrypt_failed",
                          Text("bundle_undecryptable").with("why", libraryText("crypto", e)));
        }
        AgeSource plaintext(*reader);
        bag = bundle::unpackBag(plaintext, label.stem(), staging.path(), keys, {});
        // What was decrypted must be what was verified: the path is read twice, and a file
        // swapped in between would otherwise pass unseen.
        if (ciphertext.drainAndFinish() != opened.verified.sha256) {
            throw problem("bundle_changed", Text("bundle_changed"));
        }
    }
    const bundle::BagInfo& info = bag.info;
    if (info.unitId != label.unitId || info.campaign != label.campaign ||
        info.revision != label.revision) {
        throw problem("bag_info_mismatch", Text("bag_info_mismatch"));
    }
    requireSubmissionMatchesLabel(bag.submissionJson, label);
    const auto& verified = opened.verified;
    if (verified.previousRevision) {
        if (info.previous != verified.previousSha256) {
            opened.notices.push_back(
                Text("notice_previous_differs")
                    .with("revision", std::to_string(info.revision))
                    .with("received", std::to_string(*verified.previousRevision)));
        }
    } else if (info.revision > 1 || info.previous != "none") {
        opened.notices.push_back(
            Text("notice_no_earlier").with("revision", std::to_string(info.revision)));
    }

    const std::string dataDir = staging.path() + "/data";
    CheckOptions options;
    // The office's own grant key, of its profile (bundle-gm.md "Keys and fingerprints").
    options.grantKey = officeGrantKey(vault);
    // policy.md: the office writes 推荐单位意见 after opening, and only its re-check after
    // that requires it; at opening the unit's own rules apply.
    options.officeRecheck = false;
    // The rule-set update the office signed for the campaign, if any (signed_rules.h).
    options.ruleSet = rulesForVault(vault, label.campaign);
    opened.report = checkSubmissionFile(dataDir + "/submission.json", options);
    const std::size_t errors = opened.report.errorCount();

    SqliteTransaction tx(vault.db());
    const ReceivedBundle received{label.unitId,
                                  label.campaign,
                                  label.revision,
                                  verified.sha256,
                                  label.sealed,
                                  utcNowRfc3339(),
                                  bag.submissionJson,
                                  bag.reviewJson,
                                  bag.manifest,
                                  policy::toJson(opened.report.findings).dump(),
                                  static_cast<int>(errors)};
    office.putReceived(received);
    keepNamedFiles(office, received, dataDir);
    AuditLog(vault.db())
        .append(actor, "office.open",
                nlohmann::json{{"unit_id", label.unitId},
                               {"campaign", label.campaign},
                               {"revision", label.revision},
                               {"sha256", verified.sha256},
                               {"policy_errors", errors}}
                    .dump());
    staging.commitNew();
    try {
        tx.commit();
    } catch (...) {
        std::error_code ignored;
        fs::remove_all(opened.folder, ignored);  // not recorded: not received
        throw;
    }
    return opened;
}

}  // namespace baosong::app
