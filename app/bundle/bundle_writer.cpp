#include "bundle_writer.h"

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

}  // namespace

SealedBundle writeBundle(const SealInput& input, const crypto::MinisignSecretKey& unitKey,
                         crypto::ByteSink& out) {
    const std::string stem = input.label.stem();
    const BagTar bag(BundleProfile::Intl, input, [&](std::string_view tagManifest) {
        return unitKey.sign(crypto::bytesOfText(tagManifest), "baosong/1 tagmanifest " + stem)
            .fileText();
    });

    HashingSink ciphertext(&out, true);
    BackgroundSink background(ciphertext);  // hashing and writing on the other core
    crypto::age::AgeWriter age(input.recipients, background);
    AgeSink ageSink(age);
    TarWriter tar(ageSink, sealedEpoch(input.label));
    bag.write(tar);
    tar.finish();
    age.finish();
    background.finish();

    SealedBundle sealed;
    sealed.size = ciphertext.count();
    sealed.sha256 = ciphertext.digestHex();
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
