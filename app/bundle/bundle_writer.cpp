#include "bundle_writer.h"

#include <algorithm>
#include <set>

#include "background_sink.h"
#include "base/app_error.h"
#include "crypto/age_writer.h"
#include "hashing_sink.h"
#include "tar_writer.h"

namespace baosong::app::bundle {

namespace {
// age's writer as the tar's sink.
class AgeSink final : public crypto::ByteSink {
  public:
    explicit AgeSink(crypto::age::AgeWriter& writer) : writer_(writer) {}
    void write(std::span<const std::uint8_t> bytes) override { writer_.write(bytes); }

  private:
    crypto::age::AgeWriter& writer_;
};

std::span<const std::uint8_t> bytesOf(std::string_view text) {
    return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

std::string sha256Hex(std::string_view text) {
    return crypto::toHex(crypto::Sha256::of(text));
}

// Every folder above the files, so the tar unpacks with the same modes everywhere.
std::set<std::string> foldersOf(const std::string& stem, const std::vector<BagFile>& payload) {
    std::set<std::string> folders{stem};
    for (const BagFile& f : payload) {
        for (std::size_t slash = f.path.find('/'); slash != std::string::npos;
             slash = f.path.find('/', slash + 1)) {
            folders.insert(stem + "/" + f.path.substr(0, slash));
        }
    }
    return folders;
}

// "1970-01-01" from an RFC 3339 time.
std::string dateOf(const std::string& rfc3339) {
    return rfc3339.substr(0, 10);
}

std::time_t epochOf(const std::string& rfc3339) {
    std::tm tm{};
    if (!strptime(rfc3339.c_str(), "%Y-%m-%dT%H:%M:%SZ", &tm)) {
        throw AppError(ErrorKind::BadInput, "bundle_label_invalid",
                       Text("sealed_time_invalid").with("time", rfc3339));
    }
    return timegm(&tm);
}
}  // namespace

std::string payloadManifest(const std::vector<BagFile>& payload) {
    std::vector<ManifestLine> lines;
    for (const BagFile& f : payload) {
        lines.push_back({f.sha256, f.path});
    }
    return manifestText(std::move(lines));
}

SealedBundle writeBundle(const SealInput& input, const crypto::MinisignSecretKey& unitKey,
                         crypto::ByteSink& out) {
    if (payloadManifest(input.payload) != input.manifest) {
        throw AppError(ErrorKind::Problem, "signoff_mismatch", Text("signoff_mismatch"));
    }
    const std::string stem = input.label.stem();
    BagInfo info = input.info;
    info.payloadFiles = input.payload.size();
    info.payloadBytes = 0;
    for (const BagFile& f : input.payload) {
        info.payloadBytes += f.size;
    }
    info.baggingDate = dateOf(input.label.sealed);

    // Tag files: the unit's signature covers the tag manifest, which covers the payload
    // manifest and the reviewer's signature of it (RFC 8493 §2.2.1).
    const std::string bagit = bagitText();
    const std::string bagInfo = bagInfoText(info);
    const std::string tagManifest = manifestText({
        {sha256Hex(bagInfo), std::string(kBagInfoFile)},
        {sha256Hex(bagit), std::string(kBagitFile)},
        {sha256Hex(input.manifest), std::string(kManifestFile)},
        {sha256Hex(input.reviewerSignature), std::string(kReviewerSignatureFile)},
    });
    const std::string unitSignature =
        unitKey.sign(bytesOf(tagManifest), "baosong/1 tagmanifest " + stem).fileText();

    std::map<std::string, std::function<void(TarWriter&)>> entries;
    for (const std::string& folder : foldersOf(stem, input.payload)) {
        entries[folder] = [folder](TarWriter& tar) { tar.addDirectory(folder); };
    }
    const auto tag = [&](std::string_view name, const std::string& text) {
        const std::string path = stem + "/" + std::string(name);
        entries[path] = [path, &text](TarWriter& tar) { tar.addFile(path, text); };
    };
    tag(kBagitFile, bagit);
    tag(kBagInfoFile, bagInfo);
    tag(kManifestFile, input.manifest);
    tag(kReviewerSignatureFile, input.reviewerSignature);
    tag(kTagManifestFile, tagManifest);
    tag(kUnitSignatureFile, unitSignature);
    for (const BagFile& f : input.payload) {
        const std::string path = stem + "/" + f.path;
        entries[path] = [path, &f](TarWriter& tar) {
            tar.addFile(path, f.size, [&](crypto::ByteSink& sink) {
                HashingSink hashed(&sink);
                f.fill(hashed);
                if (hashed.sha256Hex() != f.sha256) {
                    throw AppError(ErrorKind::Problem, "payload_changed",
                                   Text("payload_changed").with("path", f.path));
                }
            });
        };
    }

    HashingSink ciphertext(&out, true);
    BackgroundSink background(ciphertext);  // hashing and writing on the other core
    crypto::age::AgeWriter age(input.recipients, background);
    AgeSink ageSink(age);
    TarWriter tar(ageSink, epochOf(input.label.sealed));
    for (const auto& [path, add] : entries) {  // std::map: sorted by name, as bundle.md asks
        add(tar);
    }
    tar.finish();
    age.finish();
    background.finish();

    SealedBundle sealed;
    sealed.size = ciphertext.count();
    sealed.sha256 = ciphertext.sha256Hex();
    sealed.signatureText =
        unitKey.signPrehashed(ciphertext.prehash(), input.label.trustedComment()).fileText();
    return sealed;
}

std::string bundleCheckCommands(const BundleLabel& label, const std::string& unitKey,
                                const std::string& reviewerKey) {
    const std::string bsx = label.stem() + ".bsx";
    const std::string bag = label.stem();
    std::string text;
    text += "minisign -V -P " + unitKey + " -m " + bsx + "\n";
    text += "age -d -i office.key " + bsx + " | tar -x\n";
    text += "(cd " + bag +
            " && sha256sum -c manifest-sha256.txt && sha256sum -c tagmanifest-sha256.txt)\n";
    text += "minisign -V -P " + unitKey + " -m " + bag + "/tagmanifest-sha256.txt\n";
    text += "minisign -V -P " + reviewerKey + " -m " + bag + "/manifest-sha256.txt -x " + bag +
            "/manifest-sha256.txt.reviewer.minisig\n";
    return text;
}

std::string bundleReadme(const BundleLabel& label, const std::string& unitKey,
                         const std::string& reviewerKey) {
    const std::string bsx = label.stem() + ".bsx";
    std::string text;
    text += "baosong 报送包 / sealed bundle " + bsx + "\n\n";
    text += "单位 unit: " + label.unitId + "\n";
    text += "活动 campaign: " + label.campaign + "\n";
    text += "版本 revision: " + std::to_string(label.revision) + "\n";
    text += "封包时间 sealed: " + label.sealed + "\n";
    text += "接收方 recipient: " + label.recipient + "\n\n";
    text += "用标准工具核验（不需要 baosong）/ Checking it with standard tools only:\n\n";
    const std::string commands = bundleCheckCommands(label, unitKey, reviewerKey);
    std::size_t start = 0;
    for (std::size_t end = 0; (end = commands.find('\n', start)) != std::string::npos;
         start = end + 1) {
        text += "  " + commands.substr(start, end - start + 1);
    }
    text += "\n";
    text +=
        "两个 RW… 公钥是单位的签名密钥和保密审查员的密钥，须与国防科工办登记的一致\n"
        "（baosong keys VAULT show 显示，盖章的登记申请上有其指纹）；office.key 是国防科工办的\n"
        "age 私钥（baosong office keys --with-secret 写出）。\n"
        "The two RW… keys are the unit's and the reviewer's and must be the ones the office\n"
        "enrolled; office.key is the office's age identity.\n";
    return text;
}

}  // namespace baosong::app::bundle
