#include "office_receive.h"

#include <filesystem>
#include <nlohmann/json.hpp>

#include "base/app_error.h"
#include "base/temp_sibling.h"
#include "bundle/bundle_reader.h"
#include "bundle/file_stream.h"
#include "bundle/hashing_source.h"
#include "crypto/age_reader.h"
#include "crypto/crypto_error.h"
#include "input_file.h"
#include "policy/finding_json.h"
#include "policy/parse_error.h"
#include "policy/submission_json.h"
#include "store/audit_log.h"
#include "store/office_store.h"
#include "store/vault_keys.h"
#include "submission_check.h"

namespace baosong::app {

namespace {
namespace fs = std::filesystem;

AppError problem(const char* code, const std::string& message) {
    return AppError(ErrorKind::Problem, code, message);
}

// The age reader as the tar reader's source.
class AgeSource final : public crypto::ByteSource {
  public:
    explicit AgeSource(crypto::age::AgeReader& reader) : reader_(reader) {}
    std::size_t read(std::span<std::uint8_t> buffer) override {
        try {
            return reader_.read(buffer);
        } catch (const crypto::CryptoError& e) {
            throw problem("decrypt_failed", std::string("解密失败，报送包内容已损坏（") + e.code() +
                                                "）：" + e.what());
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
                       std::string("报送包中的 submission.json 无法读取：") + e.what());
    }
    if (s.unit.id != label.unitId || s.campaign != label.campaign || s.revision != label.revision) {
        throw problem("submission_label_mismatch",
                      "审查员签署的 submission.json 是 " + s.unit.id + " 的 " + s.campaign + " 第" +
                          std::to_string(s.revision) + "版，而签名标明的是 " + label.unitId +
                          " 的 " + label.campaign + " 第" + std::to_string(label.revision) +
                          "版：报送包不可信，已拒绝");
    }
}

}  // namespace

VerifiedBundle verifyBundle(Vault& vault, const std::string& bundlePath) {
    OfficeStore office(vault.db());
    const auto ourRecipient = office.recipient();  // also: is this an office vault?
    std::error_code ec;
    if (!fs::is_regular_file(bundlePath, ec)) {
        throw AppError(ErrorKind::BadInput, "io_error", "找不到报送包“" + bundlePath + "”");
    }
    const std::string sigPath = bundlePath + ".minisig";
    if (!fs::is_regular_file(sigPath, ec)) {
        throw problem("signature_missing",
                      "报送包旁没有签名文件“" + sigPath + "”；没有签名的包不能接收");
    }
    const auto signature =
        bundle::readBundleSignature(readInputText(sigPath, 64 * 1024, "签名文件"));
    const bundle::BundleLabel& label = signature.label;
    if (fs::path(bundlePath).filename().string() != label.stem() + ".bsx") {
        throw problem("signature_other_bundle",
                      "签名文件属于另一个报送包（" + label.stem() + ".bsx），不是“" +
                          fs::path(bundlePath).filename().string() + "”的签名");
    }
    const auto enrolled = office.enrolment(label.unitId);
    if (!enrolled) {
        throw problem("unit_not_enrolled", "单位 " + label.unitId +
                                               " 尚未登记；请先核对其盖章的登记申请并执行 "
                                               "baosong office enrol");
    }
    const auto unitKey = crypto::MinisignPublicKey::fromBase64(enrolled->signingKey);
    if (signature.signature.keyId != unitKey.keyId()) {
        std::string owner;
        for (const Enrolment& other : office.enrolments()) {
            if (crypto::MinisignPublicKey::fromBase64(other.signingKey).keyId() ==
                signature.signature.keyId) {
                owner = "（这是单位 " + other.unitId + " 的密钥）";
            }
        }
        throw problem("signer_not_enrolled", "签名不是已登记单位的密钥：报送包自称来自单位 " +
                                                 label.unitId + "，但签名密钥不是该单位登记的" +
                                                 owner);
    }
    const bundle::BundleDigest digest = bundle::digestBundle(bundlePath);
    bundle::verifyBundleSignature(unitKey, signature, digest);
    if (label.recipient != ourRecipient.text()) {
        throw problem("recipient_other_office", "这个报送包是发给另一个接收方（" + label.recipient +
                                                    "）的，不是本办；本办无法解密，请联系报送单位");
    }
    VerifiedBundle out{label, enrolled->unitName, digest.sha256, digest.size, std::nullopt, ""};
    if (const auto previous = office.latest(label.unitId, label.campaign)) {
        out.previousRevision = previous->revision;
        out.previousSha256 = previous->sha256;
        if (label.revision < previous->revision) {
            throw problem("revision_stale", "这是旧版本（第" + std::to_string(label.revision) +
                                                "版），已收到第" +
                                                std::to_string(previous->revision) + "版");
        }
        if (label.revision == previous->revision) {
            if (previous->sha256 == digest.sha256) {
                throw problem("already_received", "这个报送包（第" +
                                                      std::to_string(label.revision) +
                                                      "版）已经接收过，无需再次接收");
            }
            throw problem("revision_conflict",
                          "第" + std::to_string(label.revision) +
                              "版已收到过，但这个包的内容不同：同一版本不能有两个不同的报送包，"
                              "请与报送单位核实");
        }
    }
    return out;
}

OpenedBundle openBundle(Vault& vault, const std::string& bundlePath, const std::string& outDir,
                        const std::string& actor) {
    OpenedBundle opened{verifyBundle(vault, bundlePath), "", {}, {}};
    const bundle::BundleLabel& label = opened.verified.label;
    std::error_code ec;
    if (!fs::is_directory(outDir, ec)) {
        throw AppError(ErrorKind::BadInput, "io_error", "输出文件夹“" + outDir + "”不存在");
    }
    opened.folder = (fs::path(outDir) / label.stem()).string();
    requireNoTarget(opened.folder);
    OfficeStore office(vault.db());
    const auto enrolled = *office.enrolment(label.unitId);
    const bundle::BagKeys keys{crypto::MinisignPublicKey::fromBase64(enrolled.signingKey),
                               crypto::MinisignPublicKey::fromBase64(enrolled.reviewerKey)};

    // Unpacked into a temporary folder that becomes OUT/<stem> only once everything holds.
    TempSibling staging(opened.folder, TempSibling::Kind::Directory);
    bundle::UnpackedBag bag;
    {
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
                              std::string("报送包的加密形式不符合规定：") + e.what());
            }
            if (e.code() == "age_no_match") {
                throw problem("recipient_other_office",
                              "这个报送包不是用本办的公钥加密的，本办无法解密");
            }
            throw problem("decrypt_failed",
                          std::string("报送包无法解密（") + e.code() + "）：" + e.what());
        }
        AgeSource plaintext(*reader);
        bag = bundle::unpackBag(plaintext, label.stem(), staging.path(), keys, {});
        // What was decrypted must be what was verified: the path is read twice, and a file
        // swapped in between would otherwise pass unseen.
        if (ciphertext.drainAndFinish() != opened.verified.sha256) {
            throw problem("bundle_changed",
                          "报送包文件在核验之后被替换或改动，已拒绝；请重新拷入后再接收");
        }
    }
    const bundle::BagInfo& info = bag.info;
    if (info.unitId != label.unitId || info.campaign != label.campaign ||
        info.revision != label.revision) {
        throw problem("bag_info_mismatch",
                      "bag-info.txt 中的单位、活动或版本与签名中的不一致，报送包不可信");
    }
    requireSubmissionMatchesLabel(bag.submissionJson, label);
    const auto& verified = opened.verified;
    if (verified.previousRevision) {
        if (info.previous != verified.previousSha256) {
            opened.notices.push_back("第" + std::to_string(info.revision) +
                                     "版声明的上一版不是本办收到的第" +
                                     std::to_string(*verified.previousRevision) +
                                     "版（可能跳过了版本），请与报送单位核实");
        }
    } else if (info.revision > 1 || info.previous != "none") {
        opened.notices.push_back("这是第" + std::to_string(info.revision) +
                                 "版，本办没有收到过此前的版本");
    }

    const std::string dataDir = staging.path() + "/data";
    CheckOptions options;
    options.grantKey = VaultKeys(vault.db()).publicKey(KeyRole::OfficeGrant);
    // policy.md: the office writes 推荐单位意见 after opening, and only its re-check after
    // that requires it; at opening the unit's own rules apply.
    options.officeRecheck = false;
    opened.report = checkSubmissionFile(dataDir + "/submission.json", options);
    const std::size_t errors = opened.report.errorCount();

    SqliteTransaction tx(vault.db());
    office.putReceived({label.unitId, label.campaign, label.revision, verified.sha256, label.sealed,
                        utcNowRfc3339(), bag.submissionJson, bag.reviewJson, bag.manifest,
                        policy::toJson(opened.report.findings).dump(), static_cast<int>(errors)});
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
