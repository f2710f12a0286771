#include "key_output.h"

namespace baosong::cli {

void printKeyFingerprint(CliContext& ctx, const char* zhName, const char* enName,
                         const app::KeyFingerprint& key) {
    const std::string twoLines = app::fingerprintOnTwoLines(key);
    const std::size_t cut = twoLines.find('\n');
    ctx.out << "  " << ctx.say(zhName, enName)
            << ctx.say("指纹（SHA-256）：\n", " fingerprint (SHA-256):\n") << "      "
            << twoLines.substr(0, cut) << "\n"
            << "      " << twoLines.substr(cut + 1) << "\n"
            << "    " << ctx.say("公钥 ", "public key ") << key.publicKey << "\n"
            << "    " << ctx.say("密钥 ID ", "key id ") << key.keyId
            << ctx.say("（仅作标签，不作核对依据）", " (a label only, never what you compare)")
            << "\n";
}

void printOfficeKeys(CliContext& ctx, const std::string& recipient,
                     const app::KeyFingerprint& grantKey) {
    ctx.out << "  " << ctx.say("接收公钥（age，全文）：", "recipient (age, in full):") << "\n"
            << "      " << app::groupInFours(recipient) << "\n";
    printKeyFingerprint(ctx, "名额授权密钥", "grant key", grantKey);
}

}  // namespace baosong::cli
