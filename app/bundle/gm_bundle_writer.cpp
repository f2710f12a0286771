#include "gm_bundle_writer.h"

#include "background_sink.h"
#include "base/app_error.h"
#include "crypto/gm_payload.h"
#include "crypto/sm2_cipher.h"
#include "crypto/sm2_signature.h"
#include "gm_envelope.h"
#include "hashing_sink.h"
#include "tar_writer.h"

namespace baosong::app::bundle {

namespace {
std::string textOf(std::span<const std::uint8_t> bytes) {
    return {bytes.begin(), bytes.end()};
}

// Fingerprints as people compare them: groups of four hex digits.
std::string grouped(const std::string& hex) {
    std::string out;
    for (std::size_t i = 0; i < hex.size(); i += 4) {
        out += (i == 0 ? "" : i == 32 ? "\n    " : " ") + hex.substr(i, 4);
    }
    return out;
}
}  // namespace

GmSealedBundle writeGmBundle(const GmSealInput& input, const crypto::Sm2SecretKey& unitKey,
                             crypto::ByteSink& out) {
    const std::string officeFingerprint = crypto::toHex(input.office.fingerprint());
    if (input.label.recipient != officeFingerprint) {
        throw AppError(ErrorKind::BadInput, "bundle_label_invalid",
                       Text("bundle_label_not_ascii").with("value", input.label.recipient));
    }
    const BagTar bag(BundleProfile::Gm, input, [&](std::string_view tagManifest) {
        return textOf(crypto::sm2Sign(unitKey, crypto::bytesOfText(tagManifest)));
    });
    const std::uint64_t plainSize = bag.tarSize();
    // The envelope is plain ustar (bundle-gm.md): payload.sm4 must fit its size field.
    if (crypto::GmPayloadWriter::ciphertextSize(plainSize) > kUstarMaxSize) {
        throw AppError(ErrorKind::Problem, "bag_too_large", Text("gm_payload_too_large"));
    }
    const auto fileKey = crypto::GmFileKey::generate();
    const crypto::Sm4Iv iv = crypto::randomSm4Iv();
    const auto keySm2 = crypto::sm2Encrypt(input.office, fileKey.bytes());
    const std::time_t mtime = sealedEpoch(input.label);

    HashingSink sha256(&out);
    HashingSink sm3(&sha256, false, "SM3");
    BackgroundSink background(sm3);  // hashing and writing on the other core
    TarWriter outer(background, mtime, TarFormat::Ustar);
    outer.addFile(std::string(kGmMarkerFile), gmMarkerText(officeFingerprint));
    outer.addFile(std::string(kGmKeyFile), textOf(keySm2));
    outer.addFile(std::string(kGmIvFile), textOf(iv));
    crypto::Sm3Digest mac{};
    outer.addFile(std::string(kGmPayloadFile), crypto::GmPayloadWriter::ciphertextSize(plainSize),
                  [&](crypto::ByteSink& sink) {
                      // SM4 on this thread and HMAC-SM3 on a third, while the outer
                      // background thread takes SM3, SHA-256 and the writing: the
                      // ciphertext's passes run at once on the PC's cores.
                      crypto::GmPayloadMac payloadMac(fileKey, iv);
                      {
                          BackgroundSink macThread(payloadMac);
                          crypto::TeeSink both(macThread, sink);
                          crypto::GmPayloadEncryptor payload(fileKey, iv, both);
                          TarWriter inner(payload, mtime);
                          bag.write(inner);
                          inner.finish();
                          payload.finish();
                          macThread.finish();
                      }
                      mac = payloadMac.finish();
                  });
    outer.addFile(std::string(kGmMacFile), textOf(mac));
    outer.finish();
    background.finish();

    GmSealedBundle sealed;
    sealed.size = sha256.count();
    sealed.sha256 = sha256.digestHex();
    sealed.sm3 = sm3.digestHex();
    sealed.statement = GmStatement{input.label, sealed.sm3}.text();
    sealed.signature = crypto::sm2Sign(unitKey, crypto::bytesOfText(sealed.statement));
    return sealed;
}

std::string gmBundleCheckCommands(const BundleLabel& label, const std::string& unitPem,
                                  const std::string& reviewerPem) {
    const std::string x = label.stem();
    const std::string bsx = x + ".bsx";
    const std::string d = bsx + ".d";
    const std::string verify = "openssl pkeyutl -verify -rawin -digest sm3 $V -pubin -inkey ";
    std::string t;
    t += "set -eo pipefail\n";
    t += "V=\"-pkeyopt distid:1234567812345678\"\n";
    t += "hex() { od -An -v -tx1 | tr -d ' \\n'; }\n";
    t += "sm3() { openssl dgst -sm3 -r \"$@\" | cut -d' ' -f1; }\n";
    t += "cat > unit.pub.pem <<'PEM'\n" + unitPem + "PEM\n";
    t += "cat > reviewer.pub.pem <<'PEM'\n" + reviewerPem + "PEM\n";
    t += "echo \"unit key $(openssl pkey -pubin -in unit.pub.pem -outform DER | sm3)\"\n";
    t += "echo \"reviewer key $(openssl pkey -pubin -in reviewer.pub.pem -outform DER | sm3)\"\n";
    t += verify + "unit.pub.pem -in " + bsx + ".statement -sigfile " + bsx + ".sig\n";
    t += "grep -q \" sm3=$(sm3 " + bsx + ")$\" " + bsx + ".statement\n";
    t += "mkdir " + d + " && tar -xf " + bsx + " -C " + d + "\n";
    t +=
        "openssl pkeyutl -decrypt -inkey office.pem -in " + d + "/key.sm2 -out " + d + "/filekey\n";
    t += "K=$(head -c 16 " + d + "/filekey | hex); M=$(tail -c 32 " + d + "/filekey | hex)\n";
    t += "test \"$(cat " + d + "/iv " + d +
         "/payload.sm4 | openssl dgst -sm3 -mac HMAC -macopt hexkey:$M -r | cut -d' ' -f1)\" = "
         "\"$(hex < " +
         d + "/payload.mac)\"\n";
    t += "openssl enc -d -sm4-cbc -K $K -iv $(hex < " + d + "/iv) -in " + d +
         "/payload.sm4 | tar -x\n";
    for (const char* manifest : {"manifest-sm3.txt", "tagmanifest-sm3.txt"}) {
        t += "(cd " + x +
             " && while read -r h p; do test \"$(sm3 \"$p\")\" = \"$h\" || exit 1; done < " +
             manifest + ")\n";
    }
    t += verify + "unit.pub.pem -in " + x + "/tagmanifest-sm3.txt -sigfile " + x +
         "/tagmanifest-sm3.txt.sig\n";
    t += verify + "reviewer.pub.pem -in " + x + "/manifest-sm3.txt -sigfile " + x +
         "/manifest-sm3.txt.reviewer.sig\n";
    t += "echo OK\n";
    return t;
}

std::string gmBundleReadme(const BundleLabel& label, const crypto::Sm2PublicKey& unitKey,
                           const crypto::Sm2PublicKey& reviewerKey) {
    const std::string bsx = label.stem() + ".bsx";
    std::string text;
    text += "baosong 报送包（国密）/ sealed bundle, profile gm: " + bsx + "\n\n";
    text += "单位 unit: " + label.unitId + "\n";
    text += "活动 campaign: " + label.campaign + "\n";
    text += "版本 revision: " + std::to_string(label.revision) + "\n";
    text += "封包时间 sealed: " + label.sealed + "\n";
    text += "接收方 recipient (SM3): " + grouped(label.recipient) + "\n";
    text += "单位签名密钥 unit key (SM3): " + grouped(crypto::toHex(unitKey.fingerprint())) + "\n";
    text +=
        "保密审查员密钥 reviewer key (SM3): " + grouped(crypto::toHex(reviewerKey.fingerprint())) +
        "\n\n";
    text +=
        "用 openssl 命令行核验（不需要 baosong）：在本文件夹中、备好 office.pem（国防科工办的\n"
        "SM2 私钥，baosong office keys --with-secret 写出）后，用 bash 运行两条横线之间的命令；\n"
        "任何一项不符即停止，全部通过时最后输出 OK。先把输出的两个指纹与盖章的登记申请核对。\n"
        "Checking it with the openssl command line only: in this folder, with office.pem (the\n"
        "office's SM2 key, from baosong office keys --with-secret) at hand, run the lines between\n"
        "the two rules with bash; it stops at the first check that fails and ends with OK.\n"
        "Compare the two fingerprints it prints with the stamped enrolment first.\n\n";
    text += "-----\n" + gmBundleCheckCommands(label, unitKey.pem(), reviewerKey.pem()) + "-----\n";
    return text;
}

}  // namespace baosong::app::bundle
